import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CONTENT_LIMITS, type AdminTrailDto } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import ConfirmDialog from '../../components/ConfirmDialog';
import StatusTag from '../../components/StatusTag';
import { CONSENT_LOOK, formatInstant } from '../../lib/admin-labels';

interface Props {
  trail: AdminTrailDto;
  venueId: string | null;
  onChanged: (t: AdminTrailDto) => void;
}

/** Each venue's answer, and this venue's own choice when it was asked. */
export default function ConsentPanel({ trail, venueId, onChanged }: Props) {
  const [decision, setDecision] = useState<'accepted' | 'declined' | null>(null);
  const [comment, setComment] = useState('');
  const mine = trail.consents.find((c) => c.venueId === venueId);
  const asked = mine && trail.proposedByVenueId !== venueId && trail.status === 'draft';
  return (
    <View className="panel" id="trail-consents">
      <View className="panel__head">
        <Text className="panel__title">各场馆确认</Text>
        <Text className="panel__desc">
          路线经过的每个场馆都同意后，发起场馆才能提交组织方审核。
        </Text>
      </View>
      {asked && mine.status === 'pending' ? (
        <View className="notice notice--warn" id="consent-ask">
          <Text className="notice__title">
            {trail.proposedByVenueName ?? '其他场馆'}邀请本馆加入这条路线
          </Text>
          <Text className="notice__text">请查看路线介绍和本馆的站点，决定是否同意。</Text>
          <View className="consent-actions">
            <Button
              type="primary"
              size="small"
              onClick={() => setDecision('accepted')}
              id="consent-accept"
            >
              同意加入
            </Button>
            <Button
              size="small"
              fill="outline"
              onClick={() => setDecision('declined')}
              id="consent-decline"
            >
              不同意
            </Button>
          </View>
        </View>
      ) : null}
      <View className="kv">
        {trail.consents.map((c) => (
          <View className="kv__row" key={c.venueId} data-consent={c.venueId} data-status={c.status}>
            <Text className="kv__key">{c.venueName}</Text>
            <View className="kv__value consent-row">
              <StatusTag look={CONSENT_LOOK[c.status]} />
              <Text className="muted-line">
                {c.venueId === trail.proposedByVenueId ? '发起场馆' : ''}
                {c.decidedBy ? ` ${c.decidedBy.displayName} · ${formatInstant(c.decidedAt)}` : ''}
                {c.comment ? ` · “${c.comment}”` : ''}
              </Text>
              {asked && c.venueId === venueId && c.status !== 'pending' ? (
                <Text
                  className="link-btn"
                  onClick={() => setDecision(c.status === 'accepted' ? 'declined' : 'accepted')}
                >
                  改为{c.status === 'accepted' ? '不同意' : '同意'}
                </Text>
              ) : null}
            </View>
          </View>
        ))}
      </View>
      <ConfirmDialog
        visible={decision !== null}
        title={decision === 'accepted' ? '同意本馆加入这条路线？' : '不同意本馆加入这条路线？'}
        confirmText={decision === 'accepted' ? '同意' : '不同意'}
        danger={decision === 'declined'}
        onConfirm={async () => {
          if (!decision) return;
          onChanged(
            await adminApi.consent(trail.id, { decision, comment: comment.trim() || undefined }),
          );
          setComment('');
        }}
        onClose={() => setDecision(null)}
      >
        <Text>
          {decision === 'accepted'
            ? '路线经组织方审核发布后，游客将按路线到访本馆。'
            : '发起场馆会看到您的意见，可修改后重新邀请。'}
        </Text>
        <Textarea
          className="admin-textarea"
          id="consent-comment"
          value={comment}
          maxlength={CONTENT_LIMITS.reviewComment}
          placeholder="给发起场馆的留言（选填）"
          onInput={(e) => setComment(e.detail.value)}
        />
      </ConfirmDialog>
    </View>
  );
}
