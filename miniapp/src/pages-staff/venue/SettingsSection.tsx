import { Input, Switch, Text, View } from '@tarojs/components';
import { CONTENT_LIMITS } from '@xinghuo/shared';
import FormField, { FormGrid } from '../../components/FormField';
import type { Problems, VenueForm, VenueKey } from '../../lib/venue-form';
import ClosedDates from './ClosedDates';
import HoursEditor from './HoursEditor';
import LocationField from '../../components/LocationField';

interface Props {
  form: VenueForm;
  change: <K extends VenueKey>(key: K, value: VenueForm[K]) => void;
  problems: Problems;
}

const DEFAULT_RADIUS_M = 300;

/** Operational settings: where the venue is, when it is open, how near a visitor must be. */
export default function SettingsSection({ form, change, problems }: Props) {
  const radius = form.geofenceRadiusM;
  return (
    <FormGrid>
      <FormField
        label="位置（GCJ-02 坐标）"
        wide
        error={problems.location}
        hint="用于游客导航和电子围栏；可从腾讯地图、高德地图复制坐标"
      >
        <LocationField value={form.location} onChange={(v) => change('location', v)} />
      </FormField>
      <FormField label="开放时间" wide error={problems.openingHours}>
        <HoursEditor
          value={form.openingHours}
          onChange={(v) => change('openingHours', v)}
          problems={problems}
        />
      </FormField>
      <FormField label="闭馆日" hint="这些日期游客打卡不计入" error={problems.closedDates}>
        <ClosedDates value={form.closedDates} onChange={(v) => change('closedDates', v)} />
      </FormField>
      <FormField
        label="电子围栏"
        error={problems.geofenceRadiusM}
        hint={`开启后，游客须在场馆 ${CONTENT_LIMITS.geofenceMinM}–${CONTENT_LIMITS.geofenceMaxM} 米范围内打卡`}
      >
        <View className="geofence" id="venue-geofence">
          <Switch
            checked={radius !== null}
            color="var(--nutui-color-primary)"
            onChange={(e) => change('geofenceRadiusM', e.detail.value ? DEFAULT_RADIUS_M : null)}
          />
          {radius !== null ? (
            <View className="geofence__radius">
              <Input
                className="admin-input geofence__input"
                id="venue-radius"
                type="number"
                value={String(radius)}
                onInput={(e) =>
                  change('geofenceRadiusM', e.detail.value === '' ? NaN : Number(e.detail.value))
                }
              />
              <Text>米</Text>
            </View>
          ) : (
            <Text className="muted-line">未开启：不检查游客位置</Text>
          )}
        </View>
      </FormField>
    </FormGrid>
  );
}
