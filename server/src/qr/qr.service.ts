import { Inject, Injectable } from '@nestjs/common';
import { type QrPayloadResponse, rotationSlot, slotEndsAt } from '@xinghuo/shared';
import * as QRCode from 'qrcode';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Checkpoint } from '../venues/checkpoint.entity';
import { decodeQrToken, encodeQrToken, type QrFields } from './qr-token';

/** Valid QR tokens remembered; past this many the memory starts afresh. */
const DECODED_CACHE_SIZE = 10_000;

@Injectable()
export class QrService {
  /** Every scan of a printed code carries the same token: its MAC is checked once. */
  private readonly decoded = new Map<string, QrFields>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The code to show now: the printed one, or the current 30-second one for rotating checkpoints. */
  payload(checkpoint: Checkpoint, now = new Date(this.clock.now())): QrPayloadResponse {
    const key = this.config.qrKeys.find((k) => k.id === this.config.qrActiveKeyId)!;
    const rotating = checkpoint.qrMode === 'rotating';
    const slot = rotationSlot(now);
    const token = encodeQrToken(
      {
        keyId: key.id,
        kind: checkpoint.qrMode,
        codeNo: checkpoint.codeNo,
        counter: rotating ? slot : checkpoint.qrVersion,
      },
      key,
    );
    return {
      checkpointId: checkpoint.id,
      mode: checkpoint.qrMode,
      token,
      url: `${this.config.publicBaseUrl}/q/${token}`,
      refreshAt: rotating ? slotEndsAt(slot).toISOString() : null,
    };
  }

  /** The fields of a token signed by one of our keys, or null (forged tokens are never remembered). */
  decode(raw: string): QrFields | null {
    const known = this.decoded.get(raw);
    if (known) return known;
    const fields = decodeQrToken(raw, this.config.qrKeys);
    if (!fields) return null;
    if (this.decoded.size >= DECODED_CACHE_SIZE) this.decoded.clear();
    this.decoded.set(raw, Object.freeze(fields));
    return fields;
  }

  svg(url: string): Promise<string> {
    return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  png(url: string): Promise<Buffer> {
    return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 });
  }
}
