import {
  CONTENT_LIMITS,
  insideChina,
  type AdminVenueDto,
  type UpdateVenueRequest,
  type VenueContent,
  type VenueKind,
  type VenueSettings,
  type Weekday,
} from '@xinghuo/shared';
import { patchOf } from './edit-draft';
import { fieldLabel } from './field-format';
import { hoursDraft, hoursProblems } from './hours-form';

/** Everything the venue page edits, in the server's shapes. */
export interface VenueForm extends VenueContent, VenueSettings {
  name: string;
  kind: VenueKind;
  host: string;
  regionCode: string;
}

/** What visitors read: a revision for staff, published at once when an organizer saves it. */
export const CONTENT_KEYS = [
  'description',
  'address',
  'accessibility',
  'contact',
  'booking',
] as const;
/** Only organizers set these. */
export const ORGANIZER_KEYS = ['name', 'kind', 'host', 'regionCode'] as const;
/** Operational settings: in effect as soon as they are saved. */
export const SETTING_KEYS = ['location', 'openingHours', 'closedDates', 'geofenceRadiusM'] as const;
export const VENUE_KEYS = [...ORGANIZER_KEYS, ...CONTENT_KEYS, ...SETTING_KEYS] as const;

export type VenueKey = (typeof VENUE_KEYS)[number];

/** Where the venue's page says more than the review queue's and the audit trail's names. */
const ON_VENUE_PAGE: Partial<Record<VenueKey, string>> = {
  name: '场馆名称',
  kind: '场馆类型',
  description: '场馆介绍',
};

export const VENUE_FIELD_LABELS = Object.fromEntries(
  VENUE_KEYS.map((k) => [k, ON_VENUE_PAGE[k] ?? fieldLabel(k)]),
) as Record<VenueKey, string>;

/** The form as the page opens it: the pending text when there is one (edits build on it). */
export function formOf(v: AdminVenueDto): VenueForm {
  const text = v.pending ?? v.published;
  return {
    name: v.name,
    kind: v.kind,
    host: v.host,
    regionCode: v.region.code,
    description: text.description,
    address: text.address,
    accessibility: { ...text.accessibility },
    contact: { ...text.contact },
    booking: { ...text.booking },
    location: { ...v.location },
    openingHours: v.openingHours,
    closedDates: [...v.closedDates],
    geofenceRadiusM: v.geofenceRadiusM,
  };
}

/** The body of a PATCH saving one part of the form: its changed fields and the version. */
export function venuePatch(
  base: VenueForm,
  form: VenueForm,
  keys: readonly VenueKey[],
  version: number,
): UpdateVenueRequest | null {
  const patch = patchOf(base, form, keys);
  if (Object.keys(patch).length === 0) return null;
  return { ...patch, version } as UpdateVenueRequest;
}

export type Problems = Partial<Record<VenueKey | `openingHours.${Weekday}`, string>>;

const over = (text: string, limit: number) => text.length > limit;

/** The public text's problems, named by field (the server would refuse the same). */
export function contentProblems(form: VenueForm): Problems {
  const p: Problems = {};
  if (!form.name.trim()) p.name = '请填写场馆名称';
  else if (over(form.name, CONTENT_LIMITS.venueName))
    p.name = `最多 ${CONTENT_LIMITS.venueName} 字`;
  if (over(form.host, CONTENT_LIMITS.host)) p.host = `最多 ${CONTENT_LIMITS.host} 字`;
  if (over(form.description, CONTENT_LIMITS.venueDescription)) {
    p.description = `最多 ${CONTENT_LIMITS.venueDescription} 字，当前 ${form.description.length} 字`;
  }
  if (!form.address.trim()) p.address = '请填写地址';
  else if (over(form.address, CONTENT_LIMITS.address))
    p.address = `最多 ${CONTENT_LIMITS.address} 字`;
  if (over(form.accessibility.notes, CONTENT_LIMITS.accessibilityNotes)) {
    p.accessibility = `说明最多 ${CONTENT_LIMITS.accessibilityNotes} 字`;
  }
  const { phone, email, website } = form.contact;
  if (over(phone, CONTENT_LIMITS.phone)) p.contact = `电话最多 ${CONTENT_LIMITS.phone} 字`;
  else if (over(email, CONTENT_LIMITS.email)) p.contact = `邮箱最多 ${CONTENT_LIMITS.email} 字`;
  else if (over(website, CONTENT_LIMITS.url)) p.contact = `网址最多 ${CONTENT_LIMITS.url} 字`;
  if (over(form.booking.notes, CONTENT_LIMITS.bookingNotes)) {
    p.booking = `说明最多 ${CONTENT_LIMITS.bookingNotes} 字`;
  } else if (over(form.booking.url, CONTENT_LIMITS.url)) {
    p.booking = `预约网址最多 ${CONTENT_LIMITS.url} 字`;
  }
  return p;
}

/** The settings' problems: a point outside China, a radius out of range, hours that end first. */
export function settingsProblems(form: VenueForm): Problems {
  const p: Problems = {};
  const { lat, lng } = form.location;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) p.location = '请填写纬度和经度';
  else if (!insideChina(form.location)) p.location = '位置不在中国境内，请检查经纬度是否填反';
  const r = form.geofenceRadiusM;
  if (
    r !== null &&
    (!Number.isInteger(r) || r < CONTENT_LIMITS.geofenceMinM || r > CONTENT_LIMITS.geofenceMaxM)
  ) {
    p.geofenceRadiusM = `半径应为 ${CONTENT_LIMITS.geofenceMinM}–${CONTENT_LIMITS.geofenceMaxM} 米的整数`;
  }
  const days = hoursProblems(hoursDraft(form.openingHours));
  for (const [day, text] of Object.entries(days) as Array<[Weekday, string]>) {
    p[`openingHours.${day}`] = text;
    p.openingHours ??= text;
  }
  return p;
}

/** "开放时间、闭馆日" for a notice naming changed fields. */
export function fieldList(keys: readonly VenueKey[]): string {
  return keys.map((k) => VENUE_FIELD_LABELS[k]).join('、');
}
