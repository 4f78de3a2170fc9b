import type { CheckpointContent, VenueContent } from '@xinghuo/shared';
import type { Checkpoint } from './checkpoint.entity';
import { NO_ACCESSIBILITY, NO_BOOKING, NO_CONTACT, type Venue } from './venue.entity';

/** The public text of a venue as visitors see it now. */
export function venueContentOf(v: Venue): VenueContent {
  return {
    description: v.description,
    address: v.address,
    accessibility: v.accessibility ?? NO_ACCESSIBILITY,
    contact: v.contact ?? NO_CONTACT,
    booking: v.booking ?? NO_BOOKING,
  };
}

export function checkpointContentOf(c: Checkpoint): CheckpointContent {
  return { name: c.name, card: c.card };
}

export const VENUE_CONTENT_FIELDS = [
  'description',
  'address',
  'accessibility',
  'contact',
  'booking',
] as const satisfies ReadonlyArray<keyof VenueContent>;

/** Only the keys whose value changed, for the audit trail. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const keys = Object.keys(after).filter(
    (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  };
}
