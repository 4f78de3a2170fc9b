import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import {
  REGION_LEVEL_LABELS,
  VENUE_KIND_LABELS,
  formatInteger,
  type StatsOverviewResponse,
  type VenueFigures,
  type VenueSortKey,
} from '@xinghuo/shared';
import { statsApi } from '../../api/stats';
import { chartFigure } from '../../lib/figures-charts';
import { regionView, venueKindView, venueTopView } from '../../lib/figures-view';
import type { SortState } from '../../lib/table-sort';
import DataTable, { type Column } from '../DataTable';
import Pagination from '../Pagination';
import { EmptyState, ErrorState } from '../StateView';
import { RoutePanel, StatePanel } from './StatePanel';
import { useFigure, type FigureSource, type FigureState } from './use-figure';

/** The child regions one level down; a tap on one shows its own figures (drill-down). */
export function RegionsPanel(props: {
  overview: FigureState<StatsOverviewResponse>;
  onDrill: (code: string) => void;
}) {
  const o = props.overview.current;
  const level = o?.byChildRegion[0]?.level;
  const shown = o?.byChildRegion.filter((r) => r.venues > 0 || r.checkIns > 0) ?? [];
  return (
    <StatePanel
      id="chart-regions"
      title={`下级地区${level ? `（${REGION_LEVEL_LABELS[level]}）` : ''}`}
      desc="各地区的打卡人次与访客人数；访客在各地区分别去重"
      state={props.overview}
      draw={(d) => chartFigure(regionView(d.byChildRegion), 'hbar')}
      empty="下级地区暂无场馆"
    >
      {shown.length ? (
        <View className="drill" id="region-drill">
          <Text className="drill__label">查看下级地区：</Text>
          {shown.map((r) => (
            <Text
              key={r.code}
              className="drill__item"
              data-region={r.code}
              onClick={() => props.onDrill(r.code)}
            >
              {r.name} ›
            </Text>
          ))}
        </View>
      ) : null}
    </StatePanel>
  );
}

export function VenueTopPanel({ overview }: { overview: FigureState<StatsOverviewResponse> }) {
  return (
    <StatePanel
      id="chart-venues"
      title="场馆打卡人次（前10）"
      desc="全部场馆见下方明细表"
      state={overview}
      draw={(o) =>
        chartFigure(
          {
            spec: venueTopView(o.byVenue),
            table: {
              head: [{ title: '场馆' }, { title: '打卡人次', numeric: true }],
              rows: o.byVenue
                .filter((v) => v.checkIns > 0)
                .slice(0, 10)
                .map((v) => ({ key: v.id, cells: [v.name, formatInteger(v.checkIns)] })),
            },
          },
          'hbar',
        )
      }
    />
  );
}

export function VenueKindPanel({ src }: { src: FigureSource | null }) {
  return (
    <RoutePanel
      id="chart-kinds"
      title="场馆类型"
      desc="各类场馆的打卡人次及占比"
      route="venue-kinds"
      src={src}
      load={statsApi.venueKinds}
      draw={(k) => chartFigure(venueKindView(k), 'hbar')}
    />
  );
}

const PAGE_SIZE = 20;
const num = (key: VenueSortKey, title: string): Column<VenueFigures> => ({
  key,
  title,
  align: 'right',
  nowrap: true,
  sortValue: (v) => v[key as Exclude<VenueSortKey, 'name'>],
  render: (v) => formatInteger(v[key as Exclude<VenueSortKey, 'name'>]),
});
const COLUMNS: Array<Column<VenueFigures>> = [
  {
    key: 'name',
    title: '场馆',
    primary: true,
    grow: 2.6,
    sortValue: (v) => v.name,
    render: (v) => (
      <View className="cell-main">
        <Text className="cell-main__title">{v.name}</Text>
        <Text className="cell-main__sub">
          {[v.place, VENUE_KIND_LABELS[v.kind]].filter(Boolean).join(' · ')}
        </Text>
      </View>
    ),
  },
  num('checkIns', '打卡人次'),
  num('uniqueVisitors', '访客人数'),
  num('repeats', '重复扫码'),
  num('rejections', '未通过'),
];

/** Every venue of the scope, sorted by the server by any column, a page at a time. */
export function VenueTablePanel({ src }: { src: FigureSource | null }) {
  const [sort, setSort] = useState<SortState | null>(null);
  const [page, setPage] = useState(1);
  const paged = src
    ? { q: src.q, key: `${src.key}|${sort?.key ?? ''}|${sort?.direction ?? ''}|${page}` }
    : null;
  const venues = useFigure('venues', paged, (q) =>
    statsApi.venues({
      ...q,
      sort: (sort?.key as VenueSortKey | undefined) ?? 'checkIns',
      order: sort?.direction ?? 'desc',
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
  );
  const v = venues.current;
  return (
    <View className="panel" id="venue-figures">
      <View className="panel__head">
        <Text className="panel__title">场馆明细</Text>
        <Text className="panel__desc">点击表头可按该列排序</Text>
      </View>
      {venues.error && !v ? (
        <ErrorState error={venues.error} onRetry={venues.reload} />
      ) : (
        <>
          <DataTable
            id="venue-table"
            columns={COLUMNS}
            rows={v?.items}
            loading={!v}
            rowKey={(x) => x.id}
            empty={<EmptyState title="辖区内暂无场馆" />}
            serverSort={{
              sort,
              onSort: (s) => {
                setSort(s);
                setPage(1);
              },
            }}
          />
          {v ? (
            <Pagination page={page} pageSize={PAGE_SIZE} total={v.total} onChange={setPage} />
          ) : null}
        </>
      )}
    </View>
  );
}
