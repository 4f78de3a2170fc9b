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
import { TRAIL_LOOK } from '../../lib/admin-labels';
import { ApiError, messageOf } from '../../lib/api-error';
import { sameValue } from '../../lib/edit-draft';
import {
  proposalEditable,
  proposalOf,
  trailForm,
  trailProblems,
  venuesOf,
  type TrailForm,
} from '../../lib/trail-form';
import { useMe } from '../../services/admin-me';
import { adminSession } from '../../services/admin-session';
import { goBackOr, replacePage, usePageParams } from '../../services/nav';
import { useAsync } from '../../services/use-async';
import { useStore } from '../../services/use-store';
import ConsentPanel from './ConsentPanel';
import TrailFields from './TrailFields';
import './index.scss';

export default function StaffTrailPage() {
  const { id } = usePageParams('staffTrail');
  return (
    <AdminLayout
      role="staff"
      nav="trails"
      title={id ? '路线详情' : '发起新路线'}
      back={{ label: '联合路线', onClick: () => goBackOr('staffTrails') }}
    >
      <TrailDesigner id={id ?? null} />
    </AdminLayout>
  );
}

function TrailDesigner({ id }: { id: string | null }) {
  const venueId = useStore(adminSession)?.venueId ?? null;
  const me = useMe();
  const loaded = useAsync(id ? `admin-trail:${id}` : null, () => adminApi.trail(id ?? ''));
  const [saved, setSaved] = useState<AdminTrailDto | null>(null);
  const [draft, setDraft] = useState<TrailForm | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const trail = saved ?? loaded.data;

  if (id && !trail) {
    return <Unloaded state={loaded} />;
  }
  const mine = !trail || trail.proposedByVenueId === venueId;
  const editable = mine && proposalEditable(trail);
  const form = draft ?? trailForm(trail);
  const changed = !sameValue(form, trailForm(trail));
  const city =
    me.data?.region?.ancestors.find((a) => a.level === 'city') ?? me.data?.region ?? null;

  const save = async () => {
    const found = trailProblems(form);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      if (!trail) {
        const created = await adminApi.proposeTrail(proposalOf(form));
        void Taro.showToast({ title: '已发起，等待各馆确认', icon: 'none' });
        replacePage('staffTrail', { id: created.id });
        return;
      }
      setSaved(
        await adminApi.updateProposal(trail.id, { version: trail.version, ...proposalOf(form) }),
      );
      setDraft(null);
      void Taro.showToast({ title: '已保存，其他场馆需重新确认', icon: 'none' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT' && trail) {
        setSaved(await adminApi.trail(trail.id));
        void Taro.showToast({
          title: '路线刚被修改过，已载入最新版本，您的修改仍保留',
          icon: 'none',
        });
      } else if (e instanceof ApiError && e.field) setProblems({ [e.field]: e.message });
      else void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="trail-designer" id="trail-designer" data-status={trail?.status ?? 'new'}>
      {trail ? (
        <View className="head-line trail-designer__head">
          <Text className="detail-title" id="trail-title">
            {trail.name}
          </Text>
          <StatusTag look={TRAIL_LOOK[trail.status]} id="trail-status" />
          <Text className="muted-line">
            {trail.proposedByVenueName ?? '组织方'}发起 · {trail.regionFullName}
          </Text>
        </View>
      ) : null}
      {trail ? <RevisionNotice revision={trail.latestRevision} subject="路线" /> : null}
      {trail && trail.consents.length > 0 ? (
        <ConsentPanel trail={trail} venueId={venueId} onChanged={setSaved} />
      ) : null}
      <View className="panel" id="trail-proposal">
        <View className="panel__head">
          <Text className="panel__title">
            路线内容<Text className="effect-tag effect-tag--review">需审核</Text>
          </Text>
          <Text className="panel__desc">
            {!trail
              ? '发起后，路线经过的其他场馆会收到邀请；全部同意后即可提交组织方审核。'
              : editable
                ? '修改已发起的路线后，其他场馆需要重新确认。'
                : mine
                  ? '路线审核中或已发布，暂不能修改；下线或被退回后可以修改。'
                  : '路线由发起场馆编辑，本馆只需确认是否加入。'}
          </Text>
        </View>
        {editable ? (
          <TrailFields form={form} onChange={setDraft} problems={problems} start={city} />
        ) : trail ? (
          <TrailFacts trail={trail} />
        ) : null}
        {editable ? (
          <View className="panel__foot">
            <Text className="panel__foot-note">
              {venuesOf(form.stops).length} 个场馆：
              {venuesOf(form.stops)
                .map((v) => v.name)
                .join('、') || '—'}
            </Text>
            <Button
              type="primary"
              disabled={!changed}
              loading={saving}
              onClick={() => void save()}
              id="trail-save"
            >
              {trail ? '保存修改' : '发起路线'}
            </Button>
          </View>
        ) : null}
      </View>
      {trail && mine && proposalEditable(trail) ? (
        <View className="panel trail-submit" id="trail-submit-panel">
          <Text className="muted-line">
            {trail.readyToSubmit
              ? '各场馆均已同意，可以提交组织方审核。'
              : '还有场馆未同意，全部同意后才能提交审核。'}
          </Text>
          <Button
            type="primary"
            disabled={!trail.readyToSubmit || changed}
            onClick={() => setSubmitting(true)}
            id="trail-submit"
          >
            提交审核
          </Button>
        </View>
      ) : null}
      <ConfirmDialog
        visible={submitting}
        title="提交组织方审核？"
        confirmText="提交"
        onConfirm={async () => {
          if (!trail) return;
          setSaved(await adminApi.trailAction(trail.id, 'submit', trail.version));
          void Taro.showToast({ title: '已提交审核', icon: 'success' });
        }}
        onClose={() => setSubmitting(false)}
      >
        <Text>审核期间路线不能修改。审核通过后路线将发布，游客可在“路线”中看到。</Text>
      </ConfirmDialog>
    </View>
  );
}
