import { Inject, Injectable } from '@nestjs/common';
import type { QrPayloadResponse } from '@xinghuo/shared';
import * as QRCode from 'qrcode';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Checkpoint } from '../venues/checkpoint.entity';
import { encodeQrToken, rotationSlot, slotEndsAt } from './qr-token';

@Injectable()
export class QrService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The code to show now: the printed one, or the current 30-second one for rotating checkpoints. */
  payload(checkpoint: Checkpoint, now = new Date()): QrPayloadResponse {
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

  svg(url: string): Promise<string> {
    return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  png(url: string): Promise<Buffer> {
    return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 });
  }
}
