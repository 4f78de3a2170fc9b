import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type CheckInRequest, extractQrToken, IDEMPOTENCY_KEY_PATTERN } from '@xinghuo/shared';
import { CatalogService } from '../catalog/catalog.service';
import { ValidationError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { QrService } from '../qr/qr.service';
import { RateLimiter, type RateRule } from '../rate-limits/rate-limiter';
import { CheckInError } from './check-in.errors';
import { campaignFor, judgeCheckIn } from './check-in.rules';
import type { CheckInOutcome } from './check-in.types';
import { CheckInWriter } from './check-in.writer';

@Injectable()
export class CheckInService {
  private readonly rule: RateRule;

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
    await this.limiter.take({ rule: this.rule, key: visitorId });

    const receivedAt = new Date(this.clock.now());
    const scannedAt = dto.scannedAt ? new Date(dto.scannedAt) : receivedAt;
    if (Number.isNaN(scannedAt.getTime()))
      throw new ValidationError('scannedAt', 'scannedAt is not a valid time');

    const rawToken = extractQrToken(dto.code);
    const token = rawToken ? this.qr.decode(rawToken) : null;
    const { snapshot, checkpoint } = token
      ? await this.catalog.withCheckpoint(token.codeNo)
      : { snapshot: await this.catalog.get(), checkpoint: undefined };
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
      scannedAt,
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
