import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import {
  AUDIT_ENTITY_TYPES,
  type Role,
  type AuditEntityType,
  type AuditEventDto,
} from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import type { Column } from '../../components/DataTable';
import Filters, { Filter } from '../../components/Filters';
import PagedTable from '../../components/PagedTable';
import { EmptyState } from '../../components/StateView';
import { ADMIN_ROLE_LABELS } from '../../lib/admin-access';
import { chinaDate, formatInstant } from '../../lib/admin-labels';
import { ENTITY_LABELS, actionLabel, changeLines } from '../../lib/audit-format';
import { useList } from '../../services/use-list';
import './index.scss';

const ENTITY_OPTIONS = AUDIT_ENTITY_TYPES.map((t) => ({ value: t, label: ENTITY_LABELS[t] }));
const roleLabel = (r: Role) => (r === 'visitor' ? '游客' : ADMIN_ROLE_LABELS[r]);

/** Who changed what, when, before and after: read-only, newest first, for the subtree. */
export default function AuditPage() {
  return (
    <AdminLayout
      role="organizer"
      nav="audit"
      title="操作记录"
      subtitle="辖区内场馆、打卡点、路线、账号和审核的每一次修改都记录在此，任何人都不能修改或删除。"
    >
      <AuditList />
    </AdminLayout>
  );
}

function AuditList() {
  const [today] = useState(() => chinaDate(Date.now()));
  const { filters, set, bind, paging } = useList(
    'audit',
    { entity: '' as AuditEntityType | '', from: '', to: '' },
    (f, page) =>
      adminApi.audit({
        entityType: f.entity || undefined,
        from: f.from || undefined,
        to: f.to || undefined,
        ...page,
      }),
    { pageSize: 30 },
  );
  const columns: Array<Column<AuditEventDto>> = [
    {
      key: 'at',
      title: '时间',
      grow: 1.1,
      nowrap: true,
      render: (e) => <Text className="audit-at">{formatInstant(e.at)}</Text>,
    },
    {
      key: 'who',
      title: '操作人',
      grow: 1.2,
      render: (e) => (
        <View className="cell-main">
          <Text>{e.actorName}</Text>
          <Text className="cell-main__sub">{roleLabel(e.actorRole)}</Text>
        </View>
      ),
    },
    {
      key: 'what',
      title: '操作',
      primary: true,
      grow: 1.3,
      render: (e) => (
        <View className="cell-main">
          <Text className="cell-main__title">{actionLabel(e.action)}</Text>
          <Text className="cell-main__sub">{ENTITY_LABELS[e.entityType]}</Text>
        </View>
      ),
    },
    {
      key: 'change',
      title: '修改内容',
      grow: 4,
      full: true,
      render: (e) => <Changes event={e} />,
    },
  ];
  const date = (key: 'from' | 'to', label: string) => (
    <Picker
      mode="date"
      value={filters[key] || today}
      end={today}
      onChange={(e) => set(key)(e.detail.value)}
    >
      <Text className={`filter__option ${filters[key] ? 'is-on' : ''}`} id={`audit-${key}`}>
        {filters[key] || label}
      </Text>
    </Picker>
  );
  return (
    <>
      <Filters>
        <Filter label="对象" id="audit-entity" options={ENTITY_OPTIONS} {...bind('entity')} />
        <View className="filter" id="audit-dates">
          <Text className="filter__label">日期</Text>
          <View className="filter__options">
            {date('from', '开始日期')}
            <Text className="filter__between">至</Text>
            {date('to', '结束日期')}
            {filters.from || filters.to ? (
              <Text
                className="link-btn"
                onClick={() => {
                  set('from')('');
                  set('to')('');
                }}
              >
                清除
              </Text>
            ) : null}
          </View>
        </View>
      </Filters>
      <PagedTable
        {...paging}
        id="audit-table"
        columns={columns}
        rowKey={(e) => e.id}
        alignTop
        empty={<EmptyState title="没有符合条件的操作记录" />}
      />
    </>
  );
}

const FOLDED = 3;

function Changes({ event }: { event: AuditEventDto }) {
  const [open, setOpen] = useState(false);
  const lines = changeLines(event);
  if (lines.length === 0) return <Text className="muted-line">—</Text>;
  const shown = open ? lines : lines.slice(0, FOLDED);
  return (
    <View className="audit-changes">
      {shown.map((l) => (
        <View className="audit-change" key={l.field} data-field={l.field}>
          <Text className="audit-change__field">{l.label}</Text>
          <View className="audit-change__values">
            {l.before !== null ? (
              <Text className="audit-before">
                <Text className="audit-tag">改前</Text>
                {l.before}
              </Text>
            ) : null}
            {l.after !== null ? (
              <Text className="audit-after">
                <Text className="audit-tag audit-tag--after">
                  {l.before !== null ? '改后' : '设为'}
                </Text>
                {l.after}
              </Text>
            ) : null}
          </View>
        </View>
      ))}
      {lines.length > FOLDED ? (
        <Text className="link-btn" onClick={() => setOpen(!open)}>
          {open ? '收起' : `展开全部 ${lines.length} 项`}
        </Text>
      ) : null}
    </View>
  );
}
