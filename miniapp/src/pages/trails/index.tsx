import { useMemo, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import {
  AUDIENCE_GROUPS,
  AUDIENCE_GROUP_LABELS,
  TOPICS,
  TOPIC_LABELS,
  type AudienceGroup,
  type Topic,
} from '@xinghuo/shared';
import { api } from '../../api';
import PageShell from '../../components/PageShell';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateView';
import TrailCard from '../../components/TrailCard';
import { usePassport } from '../../services/passport';
import { useAsync } from '../../services/use-async';
import './index.scss';

function Chips<T extends string>({
  label,
  values,
  labels,
  value,
  onChange,
  testId,
}: {
  label: string;
  values: readonly T[];
  labels: Record<T, string>;
  value: T | null;
  onChange: (v: T | null) => void;
  testId: string;
}) {
  return (
    <View className="filter" id={testId}>
      <Text className="filter__label">{label}</Text>
      <ScrollView scrollX className="filter__scroll" enhanced showScrollbar={false}>
        <View className="filter__row">
          <Text
            className={`filter__chip ${value === null ? 'is-on' : ''}`}
            onClick={() => onChange(null)}
          >
            全部
          </Text>
          {values.map((v) => (
            <Text
              key={v}
              className={`filter__chip ${value === v ? 'is-on' : ''}`}
              data-value={v}
              onClick={() => onChange(value === v ? null : v)}
            >
              {labels[v]}
            </Text>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}

export default function Trails() {
  const [topic, setTopic] = useState<Topic | null>(null);
  const [audience, setAudience] = useState<AudienceGroup | null>(null);
  const list = useAsync(`trails:${topic ?? ''}:${audience ?? ''}`, () =>
    api.trails({ topic: topic ?? undefined, audience: audience ?? undefined }),
  );
  // Passport progress decorates the cards; the list works without it.
  const passport = usePassport();
  const progressById = useMemo(
    () => new Map((passport.data?.trails ?? []).map((t) => [t.trailId, t])),
    [passport.data],
  );

  usePullDownRefresh(async () => {
    await Promise.all([list.reload(), passport.reload()]);
    Taro.stopPullDownRefresh();
  });

  const items = list.data?.items ?? [];
  const filtered = topic !== null || audience !== null;

  return (
    <PageShell className="trails-page">
      <View className="trails-page__filters">
        <Chips
          label="主题"
          values={TOPICS}
          labels={TOPIC_LABELS}
          value={topic}
          onChange={setTopic}
          testId="topic-filter"
        />
        <Chips
          label="适合"
          values={AUDIENCE_GROUPS}
          labels={AUDIENCE_GROUP_LABELS}
          value={audience}
          onChange={setAudience}
          testId="audience-filter"
        />
      </View>
      <View className="section">
        {list.data && items.length > 0 ? (
          <Text className="hint trails-page__count">共 {items.length} 条路线</Text>
        ) : null}
        {list.loading && !list.data ? <LoadingState rows={3} /> : null}
        {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {!list.loading && list.data && items.length === 0 ? (
          filtered ? (
            <EmptyState
              title="没有符合条件的路线"
              description="换个主题或人群试试"
              actionText="清除筛选"
              onAction={() => {
                setTopic(null);
                setAudience(null);
              }}
              icon="⌕"
            />
          ) : (
            <EmptyState
              title="路线正在筹备中"
              description="各地发布主题体验路线后会出现在这里"
              icon="⌘"
            />
          )
        ) : null}
        <View id="trail-list">
          {items.map((t) => (
            <TrailCard key={t.id} trail={t} progress={progressById.get(t.id)} />
          ))}
        </View>
      </View>
    </PageShell>
  );
}
