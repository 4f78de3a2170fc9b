import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  CONTENT_LIMITS,
  VENUE_KINDS,
  VENUE_KIND_LABELS,
  insideChina,
  type CreateVenueResponse,
  type GeoPoint,
  type VenueKind,
} from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import FormField, { FormGrid, TextField } from '../../components/FormField';
import LocationField from '../../components/LocationField';
import RegionPicker, { type PickedRegion } from '../../components/RegionPicker';
import SecretOnce from '../../components/SecretOnce';
import { displayNameProblem, usernameProblem } from '../../lib/account-form';
import { ApiError, messageOf } from '../../lib/api-error';
import { useMe } from '../../services/admin-me';
import { goBackOr, replacePage } from '../../services/nav';

export default function VenueNewPage() {
  return (
    <AdminLayout
      role="organizer"
      nav="venues"
      title="新建场馆"
      subtitle="新场馆先处于“筹备中”，不对游客开放；工作人员完善信息和打卡点后，由您开放。"
      back={{ label: '场馆管理', onClick: () => goBackOr('organizerVenues') }}
    >
      <NewVenueForm />
    </AdminLayout>
  );
}

interface Draft {
  name: string;
  kind: VenueKind;
  region: PickedRegion | null;
  address: string;
  location: GeoPoint;
  host: string;
  description: string;
  username: string;
  displayName: string;
}

function NewVenueForm() {
  const me = useMe();
  const root = me.data?.region;
  const [d, setD] = useState<Draft>({
    name: '',
    kind: 'spark_hall',
    region: null,
    address: '',
    location: { lat: NaN, lng: NaN },
    host: '',
    description: '',
    username: '',
    displayName: '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreateVenueResponse | null>(null);
  const set = (patch: Partial<Draft>) => setD({ ...d, ...patch });

  const check = (): Record<string, string> => {
    const p: Record<string, string> = {};
    if (!d.name.trim()) p.name = '请填写场馆名称';
    if (!d.region) p.regionCode = '请选择所在地区';
    if (!d.address.trim()) p.address = '请填写地址';
    if (!Number.isFinite(d.location.lat) || !Number.isFinite(d.location.lng))
      p.location = '请填写纬度和经度';
    else if (!insideChina(d.location)) p.location = '位置不在中国境内，请检查经纬度';
    if (!d.host.trim()) p.host = '请填写主办单位';
    const u = usernameProblem(d.username);
    if (u) p['staff.username'] = u;
    const n = displayNameProblem(d.displayName);
    if (n) p['staff.displayName'] = n;
    return p;
  };

  const submit = async () => {
    const p = check();
    setProblems(p);
    if (Object.keys(p).length || !d.region) return;
    setBusy(true);
    try {
      setCreated(
        await adminApi.createVenue({
          name: d.name.trim(),
          kind: d.kind,
          regionCode: d.region.code,
          address: d.address.trim(),
          location: d.location,
          host: d.host.trim(),
          description: d.description.trim() || undefined,
          staff: { username: d.username, displayName: d.displayName.trim() },
        }),
      );
    } catch (e) {
      if (e instanceof ApiError && e.field) setProblems({ [e.field]: e.message });
      else void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View id="venue-new-form">
      <View className="panel">
        <View className="panel__head">
          <Text className="panel__title">场馆</Text>
        </View>
        <FormGrid>
          <TextField
            label="场馆名称"
            required
            error={problems.name}
            id="new-venue-name"
            value={d.name}
            maxlength={CONTENT_LIMITS.venueName}
            onChange={(value) => set({ name: value })}
          />
          <FormField label="场馆类型" required>
            <Picker
              mode="selector"
              range={VENUE_KINDS.map((k) => VENUE_KIND_LABELS[k])}
              value={VENUE_KINDS.indexOf(d.kind)}
              onChange={(e) => set({ kind: VENUE_KINDS[Number(e.detail.value)] ?? d.kind })}
            >
              <View className="admin-input admin-select">{VENUE_KIND_LABELS[d.kind]}</View>
            </Picker>
          </FormField>
          <FormField label="所在地区" required error={problems.regionCode} hint="可选到乡镇、街道">
            <View
              className="admin-input admin-select"
              id="new-venue-region"
              onClick={() => setPicking(true)}
            >
              <Text className={d.region ? '' : 'muted-line'}>
                {d.region?.fullName ?? d.region?.name ?? '请选择'}
              </Text>
            </View>
          </FormField>
          <TextField
            label="主办单位"
            required
            error={problems.host}
            id="new-venue-host"
            value={d.host}
            maxlength={CONTENT_LIMITS.host}
            onChange={(value) => set({ host: value })}
          />
          <TextField
            label="地址"
            required
            wide
            error={problems.address}
            id="new-venue-address"
            value={d.address}
            maxlength={CONTENT_LIMITS.address}
            onChange={(value) => set({ address: value })}
          />
          <FormField label="位置（GCJ-02 坐标）" required wide error={problems.location}>
            <LocationField value={d.location} onChange={(location) => set({ location })} />
          </FormField>
          <TextField
            label="场馆介绍"
            wide
            hint="选填，之后可由工作人员完善"
            multiline
            value={d.description}
            maxlength={CONTENT_LIMITS.venueDescription}
            onChange={(value) => set({ description: value })}
          />
        </FormGrid>
      </View>
      <View className="panel">
        <View className="panel__head">
          <Text className="panel__title">第一个工作人员账号</Text>
          <Text className="panel__desc">
            系统生成临时密码，只显示一次；工作人员首次登录时须修改密码。
          </Text>
        </View>
        <FormGrid>
          <TextField
            label="用户名"
            required
            error={problems['staff.username']}
            hint="小写字母、数字或 . _ -，如 ts-robot-hall"
            id="new-staff-username"
            value={d.username}
            maxlength={CONTENT_LIMITS.username}
            onChange={(value) => set({ username: value.trim().toLowerCase() })}
          />
          <TextField
            label="姓名或称呼"
            required
            error={problems['staff.displayName']}
            id="new-staff-name"
            value={d.displayName}
            maxlength={CONTENT_LIMITS.displayName}
            onChange={(value) => set({ displayName: value })}
          />
        </FormGrid>
        <View className="panel__foot">
          <Button fill="outline" onClick={() => goBackOr('organizerVenues')}>
            取消
          </Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} id="new-venue-submit">
            创建场馆和账号
          </Button>
        </View>
      </View>
      <RegionPicker
        visible={picking}
        title="选择场馆所在地区"
        root={root ? { code: root.code, name: root.name } : undefined}
        pickOnLeaf={(level) => level === 'township'}
        chooseLabel={(r) => `选择“${r.name}”`}
        onClose={() => setPicking(false)}
        onSelect={(region) => set({ region })}
      />
      <SecretOnce
        visible={created !== null}
        title="场馆已创建"
        secret={created?.staff.temporaryPassword ?? ''}
        onClose={() => created && replacePage('staffVenue', { id: created.venue.id })}
      >
        <Text>
          {created?.venue.name} 的工作人员账号：
          <Text className="detail-title">{created?.staff.username}</Text>
        </Text>
      </SecretOnce>
    </View>
  );
}
