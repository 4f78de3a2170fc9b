import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { type AdminCheckpointDto, splitScienceCard } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import RevisionNotice from '../../components/RevisionNotice';
import ScienceCardView from '../../components/ScienceCardView';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { checkpointLook } from '../../lib/admin-labels';
import { ApiError, messageOf } from '../../lib/api-error';
import {
  checkpointChanged,
  checkpointContent,
  checkpointForm,
  checkpointProblems,
  type CheckpointForm,
} from '../../lib/checkpoint-form';
import { adminSession } from '../../services/admin-session';
import { goBackOr, replacePage, usePageParams } from '../../services/nav';
import { useAsync } from '../../services/use-async';
import { useStore } from '../../services/use-store';
import CardForm from './CardForm';
import CodePanel from './CodePanel';
import './index.scss';

export default function CheckpointPage() {
  const { id } = usePageParams('staffCheckpoint');
  return (
    <AdminLayout
      role="staff"
      nav="checkpoints"
      title={id ? '编辑打卡点' : '新增打卡点'}
      back={{ label: '打卡点与海报', onClick: () => goBackOr('staffCheckpoints') }}
    >
      <CheckpointEditor id={id ?? null} />
    </AdminLayout>
  );
}

function CheckpointEditor({ id }: { id: string | null }) {
  const venueId = useStore(adminSession)?.venueId ?? '';
  // There is no single-checkpoint route: the venue's list has everything, versions included.
  const list = useAsync(id ? `admin-checkpoints:${venueId}` : null, () =>
    adminApi.checkpoints(venueId),
  );
  const [saved, setSaved] = useState<AdminCheckpointDto | null>(null);
  const [draft, setDraft] = useState<CheckpointForm | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const cp = saved ?? list.data?.items.find((c) => c.id === id);

  if (id && !cp) {
    if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
    if (list.loading) return <LoadingState rows={2} />;
    return <EmptyState title="找不到这个打卡点" description="它可能不属于本馆。" />;
  }
  const form = draft ?? checkpointForm(cp);
  const changed = checkpointChanged(cp, form);

  const save = async () => {
    const found = checkpointProblems(form);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      const content = checkpointContent(form);
      if (!cp) {
        const res = await adminApi.createCheckpoint(venueId, content);
        void Taro.showToast({ title: '已提交审核', icon: 'success' });
        replacePage('staffCheckpoint', { id: res.checkpoint.id });
        return;
      }
      const res = await adminApi.updateCheckpoint(cp.id, { version: cp.version, ...content });
      setSaved(res.checkpoint);
      setDraft(null);
      setConflict(false);
      void Taro.showToast({ title: res.reviewId ? '已提交审核' : '已保存', icon: 'success' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT' && cp) {
        const fresh = (await adminApi.checkpoints(venueId)).items.find((c) => c.id === cp.id);
        if (fresh) setSaved(fresh);
        setDraft(form);
        setConflict(true);
      } else if (e instanceof ApiError && e.field) setProblems({ [e.field]: e.message });
      else void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="split" id="checkpoint-editor">
      <View className="split__main">
        {conflict ? (
          <View className="notice notice--danger" id="checkpoint-conflict">
            <Text className="notice__title">保存未成功：其他人刚刚修改了这个打卡点</Text>
            <Text className="notice__text">
              已载入最新版本，您的修改仍在表单中。请核对右侧预览和审核状态后再次提交。
            </Text>
          </View>
        ) : null}
        <View className="panel" id="checkpoint-card-panel">
          <View className="panel__head">
            <Text className="panel__title">
              公开内容<Text className="effect-tag effect-tag--review">需审核</Text>
              {cp ? <StatusTag look={checkpointLook(cp)} /> : null}
            </Text>
            <Text className="panel__desc">
              名称和科普卡片提交后由活动组织方审核；
              {cp?.live ? '通过前游客仍看到原来的卡片。' : '通过后打卡点才对游客开放。'}
            </Text>
          </View>
          {cp ? <RevisionNotice revision={cp.latestRevision} subject="打卡点" /> : null}
          <CardForm form={form} onChange={setDraft} problems={problems} />
          <View className="panel__foot">
            <Text className="panel__foot-note">
              {changed ? '有未提交的修改' : '没有未提交的修改'}
            </Text>
            <Button fill="outline" disabled={!changed || !cp} onClick={() => setDraft(null)}>
              撤销修改
            </Button>
            <Button
              type="primary"
              disabled={!changed}
              loading={saving}
              onClick={() => void save()}
              id="checkpoint-submit"
            >
              提交审核
            </Button>
          </View>
        </View>
        {cp ? <CodePanel cp={cp} onChanged={setSaved} /> : null}
      </View>
      <View className="split__side">
        <Text className="admin-section-title">游客看到的卡片（预览）</Text>
        {form.title || form.body ? (
          <ScienceCardView
            key={JSON.stringify(form)}
            card={splitScienceCard(checkpointContent(form).card).card}
          />
        ) : (
          <Text className="muted-line">填写标题和内容后在这里预览。</Text>
        )}
      </View>
    </View>
  );
}
