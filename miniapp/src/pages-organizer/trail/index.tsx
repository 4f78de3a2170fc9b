import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdminTrailDto } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import ConfirmDialog from '../../components/ConfirmDialog';
import RevisionNotice from '../../components/RevisionNotice';
import { Unloaded } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import TrailFacts from '../../components/TrailFacts';
import { CONSENT_LOOK, TRAIL_LOOK, formatInstant } from '../../lib/admin-labels';
import { goBackOr, openPage, usePageParams } from '../../services/nav';
import { useAsync } from '../../services/use-async';

export default function OrganizerTrailPage() {
  const { id = '' } = usePageParams('organizerTrail');
  return (
    <AdminLayout
      role="organizer"
      nav="trails"
      title="路线详情"
      back={{ label: '路线管理', onClick: () => goBackOr('organizerTrails') }}
    >
      <TrailDetail id={id} />
    </AdminLayout>
  );
}

function TrailDetail({ id }: { id: string }) {
  const loaded = useAsync(`org-trail:${id}`, () => adminApi.trail(id));
  const review = useAsync(`org-trail-review:${id}`, () =>
    adminApi.reviews({ subject: 'trail', subjectId: id, status: 'pending', pageSize: 1 }),
  );
  const [saved, setSaved] = useState<AdminTrailDto | null>(null);
  const [asking, setAsking] = useState<'publish' | 'unpublish' | null>(null);
  const trail = saved ?? loaded.data;
  if (!trail) return <Unloaded state={loaded} />;
  const pendingReview = review.data?.items[0];

  return (
    <View id="org-trail" data-status={trail.status}>
      <View className="panel">
        <View className="head-line">
          <Text className="detail-title" id="org-trail-name">
            {trail.name}
          </Text>
          <StatusTag look={TRAIL_LOOK[trail.status]} id="org-trail-status" />
        </View>
        <Text className="muted-line">
          {trail.proposedByVenueName ?? '组织方'}发起 · {trail.regionFullName} · 更新于{' '}
          {formatInstant(trail.updatedAt)}
        </Text>
        <View className="panel__foot">
          {pendingReview ? (
            <Button
              type="primary"
              onClick={() => openPage('organizerReview', { id: pendingReview.id })}
              id="org-trail-review"
            >
              审核这条路线
            </Button>
          ) : null}
          {trail.status === 'published' ? (
            <Button
              type="danger"
              fill="outline"
              onClick={() => setAsking('unpublish')}
              id="org-trail-unpublish"
            >
              下线路线
            </Button>
          ) : null}
          {trail.status === 'unpublished' ? (
            <Button type="primary" onClick={() => setAsking('publish')} id="org-trail-publish">
              重新发布
            </Button>
          ) : null}
        </View>
      </View>
      <RevisionNotice revision={trail.latestRevision} subject="路线" />
      <View className="panel">
        <View className="panel__head">
          <Text className="panel__title">路线内容</Text>
        </View>
        <TrailFacts trail={trail} />
      </View>
      <View className="panel" id="org-trail-consents">
        <View className="panel__head">
          <Text className="panel__title">各场馆确认</Text>
        </View>
        <View className="kv">
          {trail.consents.map((c) => (
            <View className="kv__row" key={c.venueId}>
              <Text className="kv__key">{c.venueName}</Text>
              <View className="kv__value head-line">
                <StatusTag look={CONSENT_LOOK[c.status]} />
                <Text className="muted-line">
                  {c.decidedBy ? `${c.decidedBy.displayName} · ${formatInstant(c.decidedAt)}` : ''}
                  {c.comment ? ` · “${c.comment}”` : ''}
                </Text>
              </View>
            </View>
          ))}
        </View>
      </View>
      <ConfirmDialog
        visible={asking !== null}
        title={asking === 'unpublish' ? '下线这条路线？' : '重新发布这条路线？'}
        confirmText={asking === 'unpublish' ? '下线' : '发布'}
        danger={asking === 'unpublish'}
        onConfirm={async () => {
          if (!asking) return;
          setSaved(await adminApi.trailAction(trail.id, asking, trail.version));
          void Taro.showToast({
            title: asking === 'unpublish' ? '已下线' : '已发布',
            icon: 'success',
          });
        }}
        onClose={() => setAsking(null)}
      >
        <Text>
          {asking === 'unpublish'
            ? '下线后游客在“路线”中将看不到这条路线，已获得的印章不受影响。发起场馆可修改后重新提交。'
            : '发布后游客可在“路线”中看到这条路线。'}
        </Text>
      </ConfirmDialog>
    </View>
  );
}
