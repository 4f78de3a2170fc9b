import {
  type CheckpointContent,
  joinScienceCard,
  splitScienceCard,
  type VenueContent,
} from '@xinghuo/shared';
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

/** A checkpoint's text as its staff write it: the card with its answer key. */
export function checkpointContentOf(c: Checkpoint): CheckpointContent {
  return { name: c.name, card: joinScienceCard(c.card, c.answer) };
}

/** The columns a checkpoint's text is kept in: the visitors' card apart from the answer key. */
export function checkpointColumns(
  content: Partial<CheckpointContent>,
): Partial<Pick<Checkpoint, 'name' | 'card' | 'answer'>> {
  return {
    ...(content.name !== undefined ? { name: content.name } : {}),
    ...(content.card ? splitScienceCard(content.card) : {}),
  };
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
