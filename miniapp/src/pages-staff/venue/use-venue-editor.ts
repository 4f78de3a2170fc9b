import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { AdminVenueDto } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import { ApiError, messageOf } from '../../lib/api-error';
import { rebase, sameValue } from '../../lib/edit-draft';
import {
  VENUE_KEYS,
  formOf,
  venuePatch,
  type Problems,
  type VenueForm,
  type VenueKey,
} from '../../lib/venue-form';
import { useAsync } from '../../services/use-async';

/** Someone saved the venue while this person was editing it. */
export interface Conflict {
  theirs: VenueKey[];
  clashes: VenueKey[];
}

/**
 * The venue page's state: the venue as last loaded or saved, the person's unsaved edits over it,
 * and saving one part (public text or settings) at a time with the version it was loaded at.
 */
export function useVenueEditor(venueId: string) {
  const loaded = useAsync(`admin-venue:${venueId}`, () => adminApi.venue(venueId));
  const [saved, setSaved] = useState<AdminVenueDto | null>(null);
  const [edits, setEdits] = useState<Partial<VenueForm>>({});
  const [saving, setSaving] = useState<'content' | 'settings' | null>(null);
  const [errors, setErrors] = useState<Problems>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const venue = saved && saved.id === venueId ? saved : loaded.data;
  const base = venue ? formOf(venue) : null;
  const form = base ? { ...base, ...edits } : null;

  const change = <K extends VenueKey>(key: K, value: VenueForm[K]) => {
    setEdits((e) => ({ ...e, [key]: value }));
    setErrors((p) => ({ ...p, [key]: undefined }));
  };
  const dirty = (keys: readonly VenueKey[]) =>
    !!base && keys.some((k) => k in edits && !sameValue(edits[k], base[k]));

  const save = async (part: 'content' | 'settings', keys: readonly VenueKey[]) => {
    if (!venue || !base || !form) return;
    const body = venuePatch(base, form, keys, venue.version);
    if (!body) return;
    setSaving(part);
    setErrors({});
    try {
      const res = await adminApi.updateVenue(venue.id, body);
      setSaved(res.venue);
      setConflict(null);
      setEdits((e) =>
        Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k as VenueKey))),
      );
      void Taro.showToast({
        title: res.reviewId
          ? '已提交审核'
          : part === 'settings'
            ? '已保存，立即生效'
            : '已保存并发布',
        icon: 'success',
      });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        const fresh = await adminApi.venue(venue.id).catch(() => null);
        if (fresh) {
          const report = rebase(base, formOf(fresh), form, VENUE_KEYS);
          setSaved(fresh);
          setConflict({ theirs: report.theirs, clashes: report.clashes });
        }
      } else if (e instanceof ApiError && e.field) {
        setErrors({ [e.field.split('.')[0] as VenueKey]: e.message, [e.field]: e.message });
      } else {
        void Taro.showToast({ title: messageOf(e), icon: 'none' });
      }
    } finally {
      setSaving(null);
    }
  };

  const discard = (keys: readonly VenueKey[]) =>
    setEdits((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k as VenueKey))),
    );

  return {
    loaded,
    venue,
    base,
    form,
    change,
    dirty,
    save,
    discard,
    saving,
    errors,
    setErrors,
    conflict,
  };
}
