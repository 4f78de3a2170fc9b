import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type CheckInRequest, extractQrToken, IDEMPOTENCY_KEY_PATTERN } from '@xinghuo/shared';
import { CatalogService, type CatalogSnapshot } from '../catalog/catalog.service';
import { ValidationError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { QrFields } from '../qr/qr-token';
import { QrService } from '../qr/qr.service';
import type { Checkpoint } from '../venues/checkpoint.entity';
import { RateLimiter, type RateRule } from '../rate-limits/rate-limiter';
import { CheckInError } from './check-in.errors';
import { campaignFor, countedScanTime, judgeCheckIn } from './check-in.rules';
import { unavailableOutcome } from './check-in.mappers';
import type { CheckInOutcome } from './check-in.types';
import { answerDeadlineMs, CheckInWriter } from './check-in.writer';

@Injectable()
export class CheckInService {
  private readonly rule: RateRule;
  private readonly waitMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly qr: QrService,
    private readonly writer: CheckInWriter,
    private readonly limiter: RateLimiter,
  ) {
    const limit = config.checkInRateLimitPerMinute;
    // The hottest route: a visitor's first quarter of the limit is counted in this process
    // alone, so the shared store sees only visitors scanning unusually often.
    this.rule = {
      name: 'check-in',
      limit,
      windowMs: 60_000,
      localAllowance: Math.floor(limit / 4),
    };
    this.waitMs = answerDeadlineMs(config.checkInWriter);
  }

  /**
   * Judges the scan against the in-memory catalogue, then hands it to the writer, which stores
   * it (or finds the first answer to the same Idempotency-Key) in a shared transaction.
   */
  async checkIn(
    visitorId: string,
    idempotencyKey: string | undefined,
    dto: CheckInRequest,
  ): Promise<CheckInOutcome> {
    if (!idempotencyKey) throw new CheckInError('IDEMPOTENCY_KEY_REQUIRED');
    if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      throw new ValidationError(
        'Idempotency-Key',
        'Idempotency-Key must be 8–64 characters of A–Z a–z 0–9 _ -',
      );
    }
    const receivedAt = new Date(this.clock.now());

    // Before the writer a scan may wait on the database twice, both through TypeORM's pool,
    // which has no timeout of its own: the shared rate-limit counters and a catalogue reload.
    // One deadline bounds both; past it, or when the reload fails, the scan is a 503.
    const wait = deadline(this.waitMs);
    let token: QrFields | null = null;
    let found: Found | null | typeof LATE;
    try {
      const limited = this.limiter.take({ rule: this.rule, key: visitorId });
      if ((await Promise.race([limited, wait.late])) === LATE) return unavailableOutcome();
      const rawToken = extractQrToken(dto.code);
      token = rawToken ? this.qr.decode(rawToken) : null;
      found = await Promise.race([this.lookUp(token), wait.late]);
    } finally {
      wait.clear();
    }
    if (found === LATE || found === null) return unavailableOutcome();
    const { snapshot, checkpoint } = found;

    const claimedAt = dto.scannedAt ? new Date(dto.scannedAt) : receivedAt;
    const scannedAt = countedScanTime(token, claimedAt, receivedAt);
    const venue = checkpoint ? snapshot.venues.get(checkpoint.venueId) : undefined;
    const venuePath = venue ? snapshot.regions.get(venue.regionCode)?.path : undefined;
    const campaign =
      venuePath !== undefined
        ? campaignFor(
            snapshot.campaigns,
            scannedAt,
            venuePath,
            (code) => snapshot.regions.get(code)?.path,
          )
        : undefined;

    const verdict = judgeCheckIn({
      scannedAt: claimedAt,
      receivedAt,
      token,
      checkpoint,
      venue,
      campaign,
      location: dto.location,
    });
    return this.writer.submit(
      {
        visitorId,
        idempotencyKey,
        requestHash: requestHash(dto),
        scannedAt,
        receivedAt,
        verdict,
        checkpoint,
        venue,
        campaign,
      },
      snapshot,
    );
  }

  /** The catalogue snapshot that holds the code's checkpoint, or null when its reload failed. */
  private lookUp(token: QrFields | null): Promise<Found | null> {
    const lookup = token
      ? this.catalog.withCheckpoint(token.codeNo)
      : this.catalog.get().then((snapshot) => ({ snapshot, checkpoint: undefined }));
    return lookup.catch(() => null);
  }
}

interface Found {
  snapshot: CatalogSnapshot;
  checkpoint: Checkpoint | undefined;
}

const LATE = Symbol('late');

/** A promise that settles as LATE after `ms`, unless cleared first. */
function deadline(ms: number): { late: Promise<typeof LATE>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  return { late, clear: () => clearTimeout(timer) };
}

/** The same request always hashes the same, whatever the key order the client used. */
export function requestHash(dto: CheckInRequest): string {
  const normal = {
    code: dto.code.trim(),
    scannedAt: dto.scannedAt ? new Date(dto.scannedAt).toISOString() : null,
    location: dto.location
      ? { lat: dto.location.lat, lng: dto.location.lng, accuracyM: dto.location.accuracyM ?? null }
      : null,
  };
  return createHash('sha256').update(JSON.stringify(normal)).digest('hex');
}
