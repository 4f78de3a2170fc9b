import type { Row } from './authorization.rows';

/**
 * The figures, reports and exports: every caller reads its own scope (staff their venue, an
 * organizer their subtree), and drilling into A's district is for organizers above it only.
 */
const PERIOD = 'from=2025-09-01&to=2025-09-30';
const figureRoutes = [
  ...['overview', 'daily', 'hourly', 'venues', 'venue-kinds', 'audience-groups', 'regions']
    .concat(['trails', 'funnels', 'topics', 'learning', 'compare'])
    .map((name) => `/api/stats/${name}`),
  '/api/reports/activity.pdf',
  '/api/reports/activity.docx',
  '/api/exports/check-ins.csv',
  '/api/exports/check-ins.xlsx',
  '/api/exports/figures.csv',
  '/api/exports/figures.xlsx',
];
export const figureRows: Row[] = [
  ...figureRoutes.flatMap((path): Row[] => [
    { route: `GET ${path}`, path: `${path}?${PERIOD}`, expect: '401 403 200 200 200 200 200' },
    {
      route: `GET ${path}`,
      path: `${path}?${PERIOD}&region=130202`,
      expect: '401 403 403 403 200 403 200',
    },
  ]),
  {
    route: 'GET /api/stats/today',
    path: '/api/stats/today',
    expect: '401 403 200 200 200 200 200',
  },
  {
    route: 'GET /api/stats/today',
    path: '/api/stats/today?region=130202',
    expect: '401 403 403 403 200 403 200',
  },
];
