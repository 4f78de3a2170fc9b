import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CheckInRequest } from '@xinghuo/shared';
import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class CheckInLocationDto {
  @ApiProperty({ example: 39.63 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @ApiProperty({ example: 118.18 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng: number;

  @ApiPropertyOptional({ description: 'Reported accuracy in metres' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000)
  accuracyM?: number;
}

export class CheckInDto implements CheckInRequest {
  @ApiProperty({ description: 'The scanned text: `{PUBLIC_BASE_URL}/q/{token}` or the bare token' })
  @IsString()
  @Length(1, 512)
  code: string;

  @ApiPropertyOptional({ description: 'ISO 8601 scan time, for offline replays' })
  @IsOptional()
  @IsISO8601({ strict: true })
  scannedAt?: string;

  @ApiPropertyOptional({ type: CheckInLocationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CheckInLocationDto)
  location?: CheckInLocationDto;
}
