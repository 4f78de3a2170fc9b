import type { EntityManager } from 'typeorm';
import { Account } from '../auth/account.entity';
import { Venue } from '../venues/venue.entity';
import { DEMO_ORGANIZER_REGION_CODE, DEMO_STAFF_VENUE_KEY, DEMO_VENUES } from './demo-content';

export interface DemoAccount {
  username: string;
  displayName: string;
  venueKey?: string;
  regionCode?: string;
}

/**
 * Every demo account (password `kepu2025`): one staff account per demo venue (`demo-staff`
 * for the robot hall, `demo-<venue key>` for the others), an organizer for each demo city and
 * a national one. README lists them.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'demo-staff',
    displayName: '机器人产业星火馆 工作人员',
    venueKey: DEMO_STAFF_VENUE_KEY,
  },
  ...DEMO_VENUES.filter((v) => v.key !== DEMO_STAFF_VENUE_KEY).map((v) => ({
    username: `demo-${v.key}`,
    displayName: `${v.name.slice(0, 52)} 工作人员`,
    venueKey: v.key,
  })),
  { username: 'demo-organizer', displayName: '唐山市科协', regionCode: DEMO_ORGANIZER_REGION_CODE },
  { username: 'demo-org-shaoguan', displayName: '韶关市科协', regionCode: '440200' },
  { username: 'demo-org-chongqing', displayName: '重庆市科协', regionCode: '500000' },
  { username: 'demo-org-national', displayName: '中国科协科普部', regionCode: '100000' },
];

/**
 * Adds the demo accounts a database does not hold yet, found by name: a demo started before an
 * account was added to the list gets it at the next start, and nothing already there changes.
 */
export async function ensureDemoAccounts(tx: EntityManager, passwordHash: string): Promise<number> {
  const venues = new Map(
    (await tx.getRepository(Venue).find({ select: ['id', 'name'] })).map((v) => [v.name, v.id]),
  );
  const venueId = (key: string) => venues.get(DEMO_VENUES.find((v) => v.key === key)!.name);
  const rows = DEMO_ACCOUNTS.flatMap((a) => {
    const venue = a.venueKey ? venueId(a.venueKey) : undefined;
    if (a.venueKey && !venue) return [];
    return [
      {
        username: a.username,
        passwordHash,
        displayName: a.displayName,
        role: a.venueKey ? ('staff' as const) : ('organizer' as const),
        venueId: venue ?? null,
        regionCode: a.regionCode ?? null,
      },
    ];
  });
  const inserted = await tx
    .createQueryBuilder()
    .insert()
    .into(Account)
    .values(rows)
    .orIgnore()
    .returning(['id'])
    .execute();
  return inserted.identifiers.filter((x) => x?.id).length;
}
