import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const POSTER_SIZES = ['A4', 'A5'] as const;
/** `qr`: a plain QR code of the printed URL; `wxacode`: WeChat's mini-program code (needs credentials). */
export const POSTER_CODES = ['qr', 'wxacode'] as const;

export class PosterQueryDto {
  @ApiPropertyOptional({ enum: POSTER_SIZES, default: 'A4' })
  @IsOptional()
  @IsIn(POSTER_SIZES)
  size?: (typeof POSTER_SIZES)[number];

  @ApiPropertyOptional({ enum: POSTER_CODES, default: 'qr' })
  @IsOptional()
  @IsIn(POSTER_CODES)
  code?: (typeof POSTER_CODES)[number];
}
