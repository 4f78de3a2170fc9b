import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CONTENT_LIMITS, type ReviewDto } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import ConfirmDialog from '../../components/ConfirmDialog';
import DiffView from '../../components/DiffView';
import { Unloaded } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { REVISION_LOOK, formatInstant } from '../../lib/admin-labels';
import { SUBJECT_LABELS } from '../../lib/review-labels';
import { goBackOr, openPage, usePageParams } from '../../services/nav';
import { useAsync } from '../../services/use-async';
import './index.scss';

export default function ReviewPage() {
  const { id = '' } = usePageParams('organizerReview');
  return (
    <AdminLayout
      role="organizer"
      nav="reviews"
      title="审核详情"
      back={{ label: '内容审核', onClick: () => goBackOr('organizerReviews') }}
    >
      <ReviewDetail id={id} />
    </AdminLayout>
  );
}

function ReviewDetail({ id }: { id: string }) {
  const loaded = useAsync(`review:${id}`, () => adminApi.review(id));
  const [decided, setDecided] = useState<ReviewDto | null>(null);
  const [asking, setAsking] = useState<'approve' | 'return' | null>(null);
  const [comment, setComment] = useState('');
  const review = decided ?? loaded.data;
  if (!review) {
    return <Unloaded state={loaded} />;
  }
  const pending = review.status === 'pending';

  const decide = async () => {
    const res =
      asking === 'approve'
        ? await adminApi.approveReview(review.id, { comment: comment.trim() || undefined })
        : await adminApi.returnReview(review.id, { comment: comment.trim() });
    setDecided(res);
    setComment('');
    void Taro.showToast({
      title: asking === 'approve' ? '已通过并发布' : '已退回',
      icon: 'success',
    });
  };

  return (
    <View className="review-detail" id="review-detail" data-status={review.status}>
      <View className="panel">
        <View className="review-detail__head">
          <View className="cell-main">
            <View className="head-line">
              <Text className="detail-title" id="review-subject-name">
                {review.subjectName}
              </Text>
              <StatusTag look={REVISION_LOOK[review.status]} id="review-status" />
            </View>
            <Text className="muted-line">
              {SUBJECT_LABELS[review.subject]}
              {review.before === null ? '（新建）' : ''} · {review.venueName ?? '—'} ·{' '}
              {review.regionFullName}
            </Text>
            <Text className="muted-line">
              {review.submittedBy.displayName} 提交于 {formatInstant(review.submittedAt)}
              {review.decidedBy
                ? ` · ${review.decidedBy.displayName} 处理于 ${formatInstant(review.decidedAt)}`
                : ''}
            </Text>
          </View>
          {review.subject === 'trail' ? (
            <Text
              className="link-btn"
              onClick={() => openPage('organizerTrail', { id: review.subjectId })}
            >
              查看路线与各馆确认 ›
            </Text>
          ) : null}
        </View>
        {review.comment ? (
          <View
            className={`notice ${review.status === 'returned' ? 'notice--danger' : 'notice--ok'}`}
          >
            <Text className="notice__text">审核意见：{review.comment}</Text>
          </View>
        ) : null}
      </View>

      <View className="panel" id="review-compare">
        <View className="panel__head">
          <Text className="panel__title">修改对照</Text>
          <Text className="panel__desc">
            左侧为游客目前看到的内容，右侧为提交的新内容；删除的文字标红，新增的文字标绿。
          </Text>
        </View>
        <DiffView
          before={review.before}
          after={review.after}
          changed={review.before ? review.changedFields : Object.keys(review.after)}
        />
      </View>

      {pending ? (
        <View className="panel review-actions" id="review-actions">
          <Text className="muted-line">
            通过后立即对游客发布；退回时请写明需要修改的地方，提交人会看到您的意见。
          </Text>
          <View className="review-actions__buttons">
            <Button
              fill="outline"
              type="danger"
              onClick={() => setAsking('return')}
              id="review-return"
            >
              退回修改
            </Button>
            <Button type="primary" onClick={() => setAsking('approve')} id="review-approve">
              通过并发布
            </Button>
          </View>
        </View>
      ) : null}

      <ConfirmDialog
        visible={asking !== null}
        title={asking === 'approve' ? '通过并发布？' : '退回给提交人？'}
        confirmText={asking === 'approve' ? '通过并发布' : '退回'}
        danger={asking === 'return'}
        confirmDisabled={asking === 'return' && !comment.trim()}
        onConfirm={decide}
        onClose={() => setAsking(null)}
      >
        <Text>
          {asking === 'approve'
            ? `“${review.subjectName}”的新内容将立即对游客可见。`
            : '提交人会看到您的意见，修改后可重新提交；游客仍看到原来的内容。'}
        </Text>
        <Textarea
          className="admin-textarea"
          id="review-comment"
          value={comment}
          maxlength={CONTENT_LIMITS.reviewComment}
          placeholder={asking === 'approve' ? '备注（选填）' : '请写明需要修改的地方（必填）'}
          onInput={(e) => setComment(e.detail.value)}
        />
      </ConfirmDialog>
    </View>
  );
}
