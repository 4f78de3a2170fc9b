import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { CONTENT_LIMITS, type Accessibility } from '@xinghuo/shared';
import FormField, { FormGrid, TextField } from '../../components/FormField';
import Segmented from '../../components/Segmented';
import type { Problems, VenueForm, VenueKey } from '../../lib/venue-form';

interface Props {
  form: VenueForm;
  change: <K extends VenueKey>(key: K, value: VenueForm[K]) => void;
  problems: Problems;
}

const FACILITIES: Array<{ key: Exclude<keyof Accessibility, 'notes'>; label: string }> = [
  { key: 'stepFree', label: '无障碍通道' },
  { key: 'elderlySeats', label: '老年人休息座椅' },
  { key: 'accessibleToilet', label: '无障碍卫生间' },
  { key: 'parking', label: '停车场' },
];

const YES_NO = [
  { value: true, label: '有' },
  { value: false, label: '无' },
  { value: null, label: '未说明' },
] as const;

/** What visitors read about the venue: description, address, facilities, contact, booking. */
export default function ContentSection({ form, change, problems }: Props) {
  const { accessibility: a, contact, booking } = form;
  return (
    <FormGrid>
      <FormField
        label="场馆介绍"
        wide
        hint={`${form.description.length} / ${CONTENT_LIMITS.venueDescription} 字`}
        error={problems.description}
      >
        <Textarea
          className="admin-textarea"
          id="venue-description"
          value={form.description}
          maxlength={CONTENT_LIMITS.venueDescription + 200}
          autoHeight
          placeholder="介绍场馆的特色、可以体验和学习的内容"
          onInput={(e) => change('description', e.detail.value)}
        />
      </FormField>
      <TextField
        label="地址"
        required
        wide
        error={problems.address}
        id="venue-address"
        value={form.address}
        maxlength={CONTENT_LIMITS.address}
        onChange={(value) => change('address', value)}
      />
      <FormField label="无障碍与便民设施" wide error={problems.accessibility}>
        <View className="facilities" id="venue-accessibility">
          {FACILITIES.map((f) => (
            <View className="facilities__row" key={f.key} data-facility={f.key}>
              <Text className="facilities__label">{f.label}</Text>
              <Segmented
                value={a[f.key]}
                options={YES_NO}
                onChange={(v) => change('accessibility', { ...a, [f.key]: v })}
              />
            </View>
          ))}
          <Textarea
            className="admin-textarea facilities__notes"
            value={a.notes}
            maxlength={CONTENT_LIMITS.accessibilityNotes}
            placeholder="补充说明，如：东门有坡道，可借用轮椅"
            onInput={(e) => change('accessibility', { ...a, notes: e.detail.value })}
          />
        </View>
      </FormField>
      <TextField
        label="联系电话"
        error={problems.contact}
        id="venue-phone"
        value={contact.phone}
        maxlength={CONTENT_LIMITS.phone}
        onChange={(value) => change('contact', { ...contact, phone: value })}
      />
      <TextField
        label="电子邮箱"
        value={contact.email}
        maxlength={CONTENT_LIMITS.email}
        onChange={(value) => change('contact', { ...contact, email: value })}
      />
      <TextField
        label="网站"
        wide
        value={contact.website}
        maxlength={CONTENT_LIMITS.url}
        placeholder="https://"
        onChange={(value) => change('contact', { ...contact, website: value })}
      />
      <FormField label="预约" wide error={problems.booking}>
        <View className="booking">
          <View className="booking__switch">
            <Switch
              checked={booking.required}
              color="var(--nutui-color-primary)"
              id="venue-booking-required"
              onChange={(e) => change('booking', { ...booking, required: e.detail.value })}
            />
            <Text>{booking.required ? '需要提前预约' : '无需预约'}</Text>
          </View>
          <Textarea
            className="admin-textarea"
            value={booking.notes}
            maxlength={CONTENT_LIMITS.bookingNotes}
            placeholder="预约方式，如：提前一天电话预约，团体 20 人以上需预约"
            onInput={(e) => change('booking', { ...booking, notes: e.detail.value })}
          />
          <Input
            className="admin-input"
            value={booking.url}
            maxlength={CONTENT_LIMITS.url}
            placeholder="在线预约网址（选填）"
            onInput={(e) => change('booking', { ...booking, url: e.detail.value })}
          />
        </View>
      </FormField>
    </FormGrid>
  );
}
