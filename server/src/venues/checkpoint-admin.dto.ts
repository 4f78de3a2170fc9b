import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTENT_LIMITS as L,
  QR_MODES,
  type CreateCheckpointRequest,
  type QrMode,
  type ReorderCheckpointsRequest,
  type RevokeCodesRequest,
  type UpdateCheckpointRequest,
} from '@xinghuo/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { TextProperty } from '../common/text-property';
import { VersionedDto } from '../common/versioned.dto';
import { ScienceCardDto } from './content.dto';

export class CreateCheckpointDto implements CreateCheckpointRequest {
  @TextProperty(L.checkpointName)
  name: string;

  @ApiProperty({ type: ScienceCardDto })
  @ValidateNested()
  @Type(() => ScienceCardDto)
  card: ScienceCardDto;

  @ApiPropertyOptional({ enum: QR_MODES, default: 'static' })
  @IsOptional()
  @IsIn(QR_MODES)
  qrMode?: QrMode;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateCheckpointDto extends VersionedDto implements UpdateCheckpointRequest {
  @TextProperty(L.checkpointName, { optional: true })
  name?: string;

  @ApiPropertyOptional({ type: ScienceCardDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScienceCardDto)
  card?: ScienceCardDto;

  @ApiPropertyOptional({ enum: QR_MODES })
  @IsOptional()
  @IsIn(QR_MODES)
  qrMode?: QrMode;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class OrderItemDto extends VersionedDto {
  @ApiProperty()
  @IsUUID()
  id: string;
}

export class ReorderCheckpointsDto implements ReorderCheckpointsRequest {
  @ApiProperty({ type: [OrderItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OrderItemDto)
  items: OrderItemDto[];
}

export class RevokeCodesDto extends VersionedDto implements RevokeCodesRequest {
  @ApiProperty({
    description: 'Must be true: every printed poster of the checkpoint stops working',
  })
  @IsBoolean()
  confirm: boolean;
}
