import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Dialog, Input, Switch } from '@nutui/nutui-react-taro';
import { AUDIENCE_GROUPS, AUDIENCE_GROUP_LABELS, type AudienceGroup } from '@xinghuo/shared';
import { api } from '../../api';
import PageShell from '../../components/PageShell';
import { ErrorState, LoadingState } from '../../components/StateView';
import { messageOf } from '../../lib/api-error';
import { normalizeNickname } from '../../lib/format';
import { clearQueue, queueState } from '../../services/check-in';
import { openAdminEntry } from '../../services/admin-session';
import { goPassport, openPrivacy, restartAtHome } from '../../services/nav';
import { getPrefs, resetPrefs, setPrefs, usePrefs } from '../../services/prefs';
import { clearSession } from '../../services/session';
import { passportStore, usePassport } from '../../services/passport';
import { useStore } from '../../services/use-store';
import './index.scss';

export default function Me() {
  const prefs = usePrefs();
  const passport = usePassport();
  const queued = useStore(queueState).pending.length;
  const profile = passport.data?.visitor;
  // What the visitor changed but has not saved; a field left out shows the saved profile.
  const [draft, setDraft] = useState<{ nickname?: string; group?: AudienceGroup | null }>({});
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const nickname = draft.nickname ?? profile?.nickname ?? '';
  const group = draft.group !== undefined ? draft.group : (profile?.audienceGroup ?? null);

  // A page's dialog cannot cover the tab bar (native in WeChat, stacked above the page in H5);
  // hiding the bar while asking keeps the question the only thing to tap.
  useEffect(() => {
    if (!confirmDelete) return;
    void Taro.hideTabBar({ animation: false }).catch(() => undefined);
    return () => void Taro.showTabBar({ animation: false }).catch(() => undefined);
  }, [confirmDelete]);

  const dirty =
    !!profile &&
    (normalizeNickname(nickname) !== (profile.nickname ?? null) || group !== profile.audienceGroup);

  const save = async () => {
    setSaving(true);
    try {
      const visitor = await api.updateMe({
        nickname: normalizeNickname(nickname),
        audienceGroup: group,
      });
      passportStore.update((p) => ({ ...p, visitor }));
      setDraft({});
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setSaving(false);
    }
  };

  const deleteAll = async () => {
    setDeleting(true);
    try {
      await api.deleteMe();
      clearQueue();
      clearSession();
      passportStore.reset();
      const { elderMode, privacyAccepted } = getPrefs();
      resetPrefs({ elderMode, privacyAccepted });
      setConfirmDelete(false);
      await Taro.showToast({ title: '您的数据已删除', icon: 'success' });
      setTimeout(restartAtHome, 800);
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setDeleting(false);
    }
  };

  return (
    <PageShell className="me-page">
      <View className="me-head">
        <View className="me-head__avatar">{(profile?.nickname ?? '探').slice(0, 1)}</View>
        <View className="me-head__text">
          <Text className="me-head__name">{profile?.nickname || '科普探索者'}</Text>
          <Text className="me-head__sub">
            {profile?.audienceGroup
              ? AUDIENCE_GROUP_LABELS[profile.audienceGroup]
              : '欢迎参加全国科普月'}
          </Text>
        </View>
      </View>

      <View className="section">
        <View className="card profile" id="profile-card">
          <Text className="section-title">个人信息（选填）</Text>
          {passport.loading && !profile ? <LoadingState rows={1} /> : null}
          {passport.error && !profile ? (
            <ErrorState error={passport.error} onRetry={passport.reload} />
          ) : null}
          {profile ? (
            <>
              <Text className="profile__label">昵称</Text>
              <Input
                className="profile__input"
                value={nickname}
                maxLength={20}
                placeholder="不填则显示为“科普探索者”"
                onChange={(v) => setDraft({ ...draft, nickname: v })}
                id="nickname-input"
              />
              <Text className="profile__label">我属于</Text>
              <View className="profile__groups" id="audience-group">
                {AUDIENCE_GROUPS.map((g) => (
                  <Text
                    key={g}
                    className={`profile__group ${group === g ? 'is-on' : ''}`}
                    onClick={() => setDraft({ ...draft, group: group === g ? null : g })}
                  >
                    {AUDIENCE_GROUP_LABELS[g]}
                  </Text>
                ))}
              </View>
              <View className="profile__why">
                <Text className="profile__why-title">为什么询问？</Text>
                <Text className="profile__why-text">
                  科普月面向青少年、农民、产业工人、老年人等重点人群。您选择的类别只用于汇总统计各类人群的参与情况，帮助主办方改进活动安排，不会单独展示，也不会用于排名。可以不填，也可以随时修改或清空。
                </Text>
              </View>
              <Button
                type="primary"
                block
                disabled={!dirty}
                loading={saving}
                onClick={save}
                id="save-profile"
              >
                保存
              </Button>
            </>
          ) : null}
        </View>
      </View>

      <View className="section">
        <CellGroup>
          <Cell
            title="长辈模式"
            description="放大文字和按钮，看得清、点得准"
            extra={
              <Switch
                checked={prefs.elderMode}
                onChange={(v) => setPrefs({ elderMode: v })}
                id="elder-mode-switch"
                className="elder-switch"
              />
            }
          />
          <Cell
            title="隐私保护指引"
            description="我们收集哪些信息、如何使用"
            extra="›"
            onClick={openPrivacy}
          />
          <Cell title="待提交的打卡" extra={`${queued} 条`} onClick={goPassport} />
          <Cell
            title="工作人员登录"
            description="场馆工作人员和活动组织方"
            extra="›"
            onClick={openAdminEntry}
            id="admin-entry"
          />
        </CellGroup>
      </View>

      <View className="section">
        <View className="card danger">
          <Text className="section-title">删除我的数据</Text>
          <Text className="muted danger__text">
            将删除您的护照、全部印章和个人信息，且无法恢复。之后再次使用将作为新用户。
          </Text>
          <Button
            type="danger"
            fill="outline"
            block
            onClick={() => setConfirmDelete(true)}
            id="delete-data"
          >
            删除我的数据
          </Button>
        </View>
      </View>

      <Text className="hint me-foot">星火探馆 · 全国科普月打卡探馆</Text>

      <Dialog
        visible={confirmDelete}
        title="确认删除全部数据？"
        content="您的印章、路线进度、证书和个人信息将被永久删除，无法恢复。"
        confirmText={deleting ? '正在删除…' : '确认删除'}
        cancelText="再想想"
        disableConfirmButton={deleting}
        onConfirm={deleteAll}
        onCancel={() => setConfirmDelete(false)}
        onClose={() => setConfirmDelete(false)}
        closeOnOverlayClick={!deleting}
      />
    </PageShell>
  );
}
