import { type ReactNode, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { VENUE_KIND_LABELS, type AdminVenueDto } from '@xinghuo/shared';
import AdminLayout from '../../components/AdminLayout';
import RevisionNotice from '../../components/RevisionNotice';
import { EmptyState, Unloaded } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { VENUE_LOOK } from '../../lib/admin-labels';
import { changedKeys } from '../../lib/edit-draft';
import { formatFieldValue } from '../../lib/field-format';
import {
  CONTENT_KEYS,
  ORGANIZER_KEYS,
  SETTING_KEYS,
  VENUE_FIELD_LABELS,
  contentProblems,
  fieldList,
  settingsProblems,
  type VenueKey,
} from '../../lib/venue-form';
import { adminSession } from '../../services/admin-session';
import { goBackOr, usePageParams } from '../../services/nav';
import { useStore } from '../../services/use-store';
import BasicsSection from './BasicsSection';
import ContentSection from './ContentSection';
import SettingsSection from './SettingsSection';
import { useVenueEditor, type Conflict } from './use-venue-editor';
import './index.scss';

/** The venue editor: staff edit their own venue, organizers any venue of their subtree. */
export default function VenuePage() {
  const { id } = usePageParams('staffVenue');
  const session = useStore(adminSession);
  const organizer = session?.role === 'organizer';
  const venueId = id || session?.venueId || null;
  return (
    <AdminLayout
      role="any"
      nav={organizer ? 'venues' : 'venue'}
      title="场馆信息"
      back={
        organizer ? { label: '场馆管理', onClick: () => goBackOr('organizerVenues') } : undefined
      }
    >
      {venueId ? (
        <VenueEditor venueId={venueId} organizer={organizer} />
      ) : (
        <EmptyState title="请从场馆列表中选择场馆" />
      )}
    </AdminLayout>
  );
}

function VenueEditor({ venueId, organizer }: { venueId: string; organizer: boolean }) {
  const ed = useVenueEditor(venueId);
  const { venue, form, base } = ed;
  if (!venue || !form || !base) {
    return <Unloaded state={ed.loaded} />;
  }
  const textKeys = organizer ? [...ORGANIZER_KEYS, ...CONTENT_KEYS] : [...CONTENT_KEYS];
  const saveText = () => {
    const problems = contentProblems(form);
    const relevant = Object.fromEntries(
      Object.entries(problems).filter(([k]) => (textKeys as string[]).includes(k)),
    );
    if (Object.keys(relevant).length) return ed.setErrors(relevant);
    void ed.save('content', textKeys);
  };
  const saveSettings = () => {
    const problems = settingsProblems(form);
    if (Object.keys(problems).length) return ed.setErrors(problems);
    void ed.save('settings', SETTING_KEYS);
  };

  return (
    <View className="venue-editor" id="venue-editor" data-version={venue.version}>
      <View className="head-line venue-editor__head">
        <Text className="detail-title" id="venue-title">
          {venue.name}
        </Text>
        <StatusTag look={VENUE_LOOK[venue.status]} />
        <Text className="muted-line">
          {VENUE_KIND_LABELS[venue.kind]} · {venue.region.fullName} · {venue.host}
        </Text>
      </View>
      {ed.conflict ? <ConflictNotice conflict={ed.conflict} /> : null}

      <View className="panel" id="venue-content-panel">
        <View className="panel__head">
          <Text className="panel__title">
            公开信息
            <Text className={`effect-tag ${organizer ? 'effect-tag--now' : 'effect-tag--review'}`}>
              {organizer ? '保存即发布' : '需审核'}
            </Text>
          </Text>
          <Text className="panel__desc">
            {organizer
              ? '游客在场馆页看到的内容。组织方的修改保存后立即发布，并记入操作记录。'
              : '游客在场馆页看到的内容。提交后由活动组织方审核，通过前游客仍看到已发布的版本。'}
          </Text>
        </View>
        <RevisionNotice revision={venue.latestRevision} subject="场馆信息">
          {venue.pending ? <PublishedCompare venue={venue} /> : null}
        </RevisionNotice>
        {organizer ? (
          <BasicsSection venue={venue} form={form} change={ed.change} problems={ed.errors} />
        ) : null}
        <ContentSection form={form} change={ed.change} problems={ed.errors} />
        <SaveFoot
          dirty={ed.dirty(textKeys)}
          changed={changedKeys(base, form, textKeys)}
          cleanNote="没有未提交的修改"
          onDiscard={() => ed.discard(textKeys)}
          saving={ed.saving === 'content'}
          onSave={saveText}
          id="venue-submit-content"
        >
          {organizer ? '保存并发布' : '提交审核'}
        </SaveFoot>
      </View>

      <View className="panel" id="venue-settings-panel">
        <View className="panel__head">
          <Text className="panel__title">
            运营设置<Text className="effect-tag effect-tag--now">立即生效</Text>
          </Text>
          <Text className="panel__desc">
            开放时间、闭馆日、位置和电子围栏不需要审核，保存后立即用于判断游客打卡。
          </Text>
        </View>
        <SettingsSection form={form} change={ed.change} problems={ed.errors} />
        <SaveFoot
          dirty={ed.dirty(SETTING_KEYS)}
          changed={changedKeys(base, form, SETTING_KEYS)}
          cleanNote="没有未保存的修改"
          onDiscard={() => ed.discard(SETTING_KEYS)}
          saving={ed.saving === 'settings'}
          onSave={saveSettings}
          id="venue-save-settings"
        >
          保存设置
        </SaveFoot>
      </View>
    </View>
  );
}

/** A panel's foot: what is changed, undo, and the save (or submit) button. */
function SaveFoot(props: {
  dirty: boolean;
  changed: VenueKey[];
  cleanNote: string;
  onDiscard: () => void;
  saving: boolean;
  onSave: () => void;
  id: string;
  children: ReactNode;
}) {
  return (
    <View className="panel__foot">
      <Text className="panel__foot-note">
        {props.dirty ? `已修改：${fieldList(props.changed)}` : props.cleanNote}
      </Text>
      <Button fill="outline" disabled={!props.dirty} onClick={props.onDiscard}>
        撤销修改
      </Button>
      <Button
        type="primary"
        disabled={!props.dirty}
        loading={props.saving}
        onClick={props.onSave}
        id={props.id}
      >
        {props.children}
      </Button>
    </View>
  );
}

function ConflictNotice({ conflict }: { conflict: Conflict }) {
  return (
    <View className="notice notice--danger" id="venue-conflict">
      <Text className="notice__title">保存未成功：其他人刚刚修改了此场馆</Text>
      <Text className="notice__text">
        {conflict.theirs.length
          ? `对方修改了：${fieldList(conflict.theirs)}。页面已载入最新内容，您尚未保存的修改仍然保留。`
          : '页面已载入最新内容，您尚未保存的修改仍然保留。'}
        {conflict.clashes.length
          ? `\n其中“${fieldList(conflict.clashes)}”您也改过，请核对后再保存。`
          : ''}
      </Text>
    </View>
  );
}

/** Under a pending revision: what visitors see now, for each field the revision changes. */
function PublishedCompare({ venue }: { venue: AdminVenueDto }) {
  const [open, setOpen] = useState(false);
  const pending = venue.pending;
  if (!pending) return null;
  const keys = changedKeys(venue.published, pending, CONTENT_KEYS);
  if (keys.length === 0) return null;
  return (
    <View className="published-compare">
      <Text className="link-btn" onClick={() => setOpen(!open)} id="venue-show-published">
        {open ? '收起' : `查看游客目前看到的内容（${fieldList(keys)}）`}
      </Text>
      {open
        ? keys.map((k) => (
            <View className="kv__row" key={k}>
              <Text className="kv__key">{VENUE_FIELD_LABELS[k]}</Text>
              <Text className="kv__value">{formatFieldValue(k, venue.published[k])}</Text>
            </View>
          ))
        : null}
    </View>
  );
}
