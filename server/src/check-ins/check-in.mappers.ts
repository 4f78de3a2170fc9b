import type {
  CheckInResponse,
  CheckInSource,
  Progress,
  ScienceCard,
  StampDto,
  TrailProgressDto,
} from '@xinghuo/shared';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import { AppError, ERROR_STATUS, errorBody } from '../common/app-error';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import type { CheckInOutcome } from './check-in.types';

export function toStampDto(
  row: { id: string; scanned_at: Date; received_at: Date; source: CheckInSource },
  checkpoint: Checkpoint,
  venue: Venue,
): StampDto {
  return {
    checkInId: String(row.id),
    checkpointId: checkpoint.id,
    checkpointName: checkpoint.name,
    venueId: venue.id,
    venueName: venue.name,
    scannedAt: row.scanned_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    source: row.source,
  };
}

export function toTrailProgressDto(
  trail: { id: string; name: string },
  progress: Progress,
  completedAt: Date | null,
): TrailProgressDto {
  return {
    trailId: trail.id,
    trailName: trail.name,
    collected: progress.collected,
    total: progress.total,
    completed: progress.completed,
    nextPosition: progress.nextPosition,
    completedAt: completedAt ? completedAt.toISOString() : null,
  };
}

/** An error as the check-in route answers it (and stores it for the Idempotency-Key). */
export const errorOutcome = (error: AppError): CheckInOutcome => ({
  statusCode: ERROR_STATUS[error.code],
  json: JSON.stringify(errorBody(error)),
  ...(error.extra.retryAfter !== undefined ? { retryAfter: error.extra.retryAfter } : {}),
});

/** 503 with Retry-After: nothing was written, the client retries with the same key. */
export const unavailableOutcome = (
  message = '服务暂时不可用，请稍后再试',
  retryAfter = 5,
): CheckInOutcome => errorOutcome(new AppError('SERVICE_UNAVAILABLE', message, { retryAfter }));

/**
 * A stamp's stored answer leaves out the science card: the card is the largest part of the
 * answer and already held by the catalogue, so a replay takes it from there (the card as it is
 * now, which is the same unless staff edited it in between).
 */
export type StoredStampAnswer = Omit<CheckInResponse, 'card'>;

const cardJsons = new WeakMap<ScienceCard, string>();

/** Cards are catalogue objects shared by every scan of a checkpoint: serialized once each. */
function cardJson(card: ScienceCard): string {
  let json = cardJsons.get(card);
  if (json === undefined) {
    json = JSON.stringify(card);
    cardJsons.set(card, json);
  }
  return json;
}

/** A new stamp (201) or a repeat scan (200): the stored answer, and the reply with the card spliced in. */
export function stampOutcome(answer: StoredStampAnswer, card: ScienceCard): CheckInOutcome {
  const stored = JSON.stringify(answer);
  return {
    statusCode: answer.outcome === 'accepted' ? 201 : 200,
    json: `${stored.slice(0, -1)},"card":${cardJson(card)}}`,
    stored,
  };
}

/** The first answer to an Idempotency-Key again, with a stamp's card taken from the catalogue. */
export function replayOutcome(
  statusCode: number,
  stored: unknown,
  snapshot: CatalogSnapshot,
): CheckInOutcome {
  const answer = stored as Partial<StoredStampAnswer> & { card?: ScienceCard };
  if (answer.stamp && answer.card === undefined) {
    const card = snapshot.checkpoints.get(answer.stamp.checkpointId)?.card ?? {
      title: answer.stamp.checkpointName,
      body: '',
    };
    return { statusCode, json: JSON.stringify({ ...answer, card }) };
  }
  return { statusCode, json: JSON.stringify(stored) };
}
