import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const QR_FORMATS = ['json', 'svg', 'png'] as const;

export class QrQueryDto {
  @ApiPropertyOptional({ enum: QR_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(QR_FORMATS)
  format?: (typeof QR_FORMATS)[number];
}
