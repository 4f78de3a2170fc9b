import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import {
  CONTENT_LIMITS,
  VENUE_KINDS,
  VENUE_KIND_LABELS,
  type AdminVenueDto,
} from '@xinghuo/shared';
import FormField, { FormGrid, TextField } from '../../components/FormField';
import RegionPicker from '../../components/RegionPicker';
import type { Problems, VenueForm, VenueKey } from '../../lib/venue-form';
import { useMe } from '../../services/admin-me';

interface Props {
  venue: AdminVenueDto;
  form: VenueForm;
  change: <K extends VenueKey>(key: K, value: VenueForm[K]) => void;
  problems: Problems;
}

/** What only organizers change: the venue's name, kind, host and region. */
export default function BasicsSection({ venue, form, change, problems }: Props) {
  const me = useMe();
  const [picking, setPicking] = useState(false);
  const [regionName, setRegionName] = useState<string | null>(null);
  const kindIndex = Math.max(0, VENUE_KINDS.indexOf(form.kind));
  const region = me.data?.region;
  const shownRegion =
    form.regionCode === venue.region.code ? venue.region.fullName : (regionName ?? form.regionCode);
  return (
    <FormGrid>
      <TextField
        label="场馆名称"
        required
        error={problems.name}
        id="venue-name-input"
        value={form.name}
        maxlength={CONTENT_LIMITS.venueName}
        onChange={(value) => change('name', value)}
      />
      <FormField label="场馆类型">
        <Picker
          mode="selector"
          range={VENUE_KINDS.map((k) => VENUE_KIND_LABELS[k])}
          value={kindIndex}
          onChange={(e) => change('kind', VENUE_KINDS[Number(e.detail.value)] ?? form.kind)}
        >
          <View className="admin-input admin-select">{VENUE_KIND_LABELS[form.kind]}</View>
        </Picker>
      </FormField>
      <TextField
        label="主办单位"
        error={problems.host}
        value={form.host}
        maxlength={CONTENT_LIMITS.host}
        onChange={(value) => change('host', value)}
      />
      <FormField label="所在地区" error={problems.regionCode}>
        <View className="admin-input admin-select" onClick={() => setPicking(true)}>
          <Text>{shownRegion}</Text>
        </View>
        <RegionPicker
          visible={picking}
          title="选择场馆所在地区"
          root={region ? { code: region.code, name: region.name } : undefined}
          pickOnLeaf={(level) => level === 'township'}
          chooseLabel={(r) => `选择“${r.name}”`}
          onClose={() => setPicking(false)}
          onSelect={(r) => {
            setRegionName(r.fullName ?? r.name);
            change('regionCode', r.code);
          }}
        />
      </FormField>
    </FormGrid>
  );
}
