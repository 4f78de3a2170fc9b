import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type CheckInRequest, extractQrToken, IDEMPOTENCY_KEY_PATTERN } from '@xinghuo/shared';
import { CatalogService, type CatalogSnapshot } from '../catalog/catalog.service';
import { ValidationError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { RateLimiter } from '../common/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { QrFields } from '../qr/qr-token';
import { QrService } from '../qr/qr.service';
import type { Checkpoint } from '../venues/checkpoint.entity';
import { CheckInError } from './check-in.errors';
import { campaignFor, countedScanTime, judgeCheckIn } from './check-in.rules';
import { unavailableOutcome } from './check-in.mappers';
import type { CheckInOutcome } from './check-in.types';
import { answerDeadlineMs, CheckInWriter } from './check-in.writer';

@Injectable()
export class CheckInService {
  private readonly limiter: RateLimiter;
  private readonly lookupDeadlineMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly qr: QrService,
    private readonly writer: CheckInWriter,
  ) {
    this.limiter = new RateLimiter(config.checkInRateLimitPerMinute, 60_000, () => clock.now());
    this.lookupDeadlineMs = answerDeadlineMs(config.checkInWriter);
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
    this.limiter.take(visitorId);

    const receivedAt = new Date(this.clock.now());
    const claimedAt = dto.scannedAt ? new Date(dto.scannedAt) : receivedAt;

    const rawToken = extractQrToken(dto.code);
    const token = rawToken ? this.qr.decode(rawToken) : null;
    const scannedAt = countedScanTime(token, claimedAt, receivedAt);
    const found = await this.lookUp(token);
    if (!found) return unavailableOutcome();
    const { snapshot, checkpoint } = found;
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

  /**
   * The catalogue snapshot that holds the code's checkpoint. It is in memory but reloaded every
   * 30 s through TypeORM's pool; a reload that fails or gets no answer within the writer's
   * deadline (a stalled database) makes the scan a 503, so no check-in waits on it unbounded.
   */
  private async lookUp(
    token: QrFields | null,
  ): Promise<{ snapshot: CatalogSnapshot; checkpoint: Checkpoint | undefined } | null> {
    const lookup = token
      ? this.catalog.withCheckpoint(token.codeNo)
      : this.catalog.get().then((snapshot) => ({ snapshot, checkpoint: undefined }));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.lookupDeadlineMs);
    });
    try {
      return await Promise.race([lookup, late]);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
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
