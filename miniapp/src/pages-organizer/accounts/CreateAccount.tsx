import { useState } from 'react';
import { Input, ScrollView, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CONTENT_LIMITS, type AccountWithPasswordResponse } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import Sheet from '../../components/Sheet';
import FormField, { TextField } from '../../components/FormField';
import RegionPicker, { type PickedRegion } from '../../components/RegionPicker';
import Segmented from '../../components/Segmented';
import { displayNameProblem, usernameProblem } from '../../lib/account-form';
import { ApiError, messageOf } from '../../lib/api-error';
import { useMe } from '../../services/admin-me';
import { useAsync } from '../../services/use-async';

interface Props {
  visible: boolean;
  onClose: () => void;
  onCreated: (res: AccountWithPasswordResponse) => void;
}

/** A staff account for a venue of the subtree, or an organizer for a region below the own. */
export default function CreateAccount({ visible, onClose, onCreated }: Props) {
  const root = useMe().data?.region;
  const [role, setRole] = useState<'staff' | 'organizer'>('staff');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [venueQ, setVenueQ] = useState('');
  const [venue, setVenue] = useState<{ id: string; name: string } | null>(null);
  const [region, setRegion] = useState<PickedRegion | null>(null);
  const [picking, setPicking] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const venues = useAsync(visible && role === 'staff' ? `account-venues:${venueQ}` : null, () =>
    adminApi.venues({ q: venueQ || undefined, pageSize: 8 }),
  );

  const submit = async () => {
    const p: Record<string, string> = {};
    const u = usernameProblem(username);
    if (u) p.username = u;
    const n = displayNameProblem(displayName);
    if (n) p.displayName = n;
    if (role === 'staff' && !venue) p.venueId = '请选择场馆';
    if (role === 'organizer' && !region) p.regionCode = '请选择地区';
    setProblems(p);
    if (Object.keys(p).length) return;
    setBusy(true);
    try {
      const body =
        role === 'staff'
          ? { role, username, displayName: displayName.trim(), venueId: venue?.id ?? '' }
          : { role, username, displayName: displayName.trim(), regionCode: region?.code ?? '' };
      onCreated(await adminApi.createAccount(body));
      setUsername('');
      setDisplayName('');
      setVenue(null);
      setRegion(null);
    } catch (e) {
      setProblems({ [e instanceof ApiError && e.field ? e.field : 'form']: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Sheet visible={visible} title="新建账号" onClose={onClose}>
      <ScrollView scrollY className="account-form" id="account-form">
        <FormField label="账号类型">
          <Segmented
            value={role}
            id="account-role"
            options={[
              { value: 'staff', label: '场馆工作人员' },
              { value: 'organizer', label: '下级组织方' },
            ]}
            onChange={setRole}
          />
        </FormField>
        {role === 'staff' ? (
          <FormField label="所属场馆" required error={problems.venueId}>
            <Input
              className="admin-input"
              id="account-venue-search"
              value={venueQ}
              placeholder="搜索辖区内的场馆"
              onInput={(e) => setVenueQ(e.detail.value.trim())}
            />
            <View className="account-venues">
              {(venues.data?.items ?? []).map((v) => (
                <Text
                  key={v.id}
                  className={`account-venue ${venue?.id === v.id ? 'is-on' : ''}`}
                  data-venue={v.id}
                  onClick={() => setVenue({ id: v.id, name: v.name })}
                >
                  {v.name}
                </Text>
              ))}
            </View>
          </FormField>
        ) : (
          <FormField
            label="管辖地区"
            required
            error={problems.regionCode}
            hint={`须在${root?.name ?? '您的辖区'}之下`}
          >
            <View
              className="admin-input admin-select"
              onClick={() => setPicking(true)}
              id="account-region"
            >
              <Text className={region ? '' : 'muted-line'}>{region?.fullName ?? '请选择'}</Text>
            </View>
          </FormField>
        )}
        <TextField
          label="用户名"
          required
          error={problems.username}
          hint="3–64 位小写字母、数字或 . _ -"
          id="account-username"
          value={username}
          maxlength={CONTENT_LIMITS.username}
          onChange={(value) => setUsername(value.trim().toLowerCase())}
        />
        <TextField
          label="姓名或称呼"
          required
          error={problems.displayName}
          id="account-display-name"
          value={displayName}
          maxlength={CONTENT_LIMITS.displayName}
          onChange={setDisplayName}
        />
        {problems.form ? <Text className="form-field__error">{problems.form}</Text> : null}
        <Button
          type="primary"
          block
          loading={busy}
          onClick={() => void submit()}
          id="account-submit"
        >
          创建并生成临时密码
        </Button>
      </ScrollView>
      <RegionPicker
        visible={picking}
        title="选择下级地区"
        root={root ? { code: root.code, name: root.name } : undefined}
        rootSelectable={false}
        pickOnLeaf={(level) => level === 'township'}
        chooseLabel={(r) => `选择“${r.name}”`}
        onClose={() => setPicking(false)}
        onSelect={setRegion}
      />
    </Sheet>
  );
}
