import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AdminVenueQuery,
  CONTENT_LIMITS as L,
  type CreateVenueRequest,
  type OpeningHours,
  type UpdateVenueRequest,
  VENUE_KINDS,
  VENUE_STATUSES,
  type VenueKind,
  type VenueStatus,
  type VenueStatusRequest,
} from '@xinghuo/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { TextProperty } from '../common/text-property';
import { VersionedDto } from '../common/versioned.dto';
import { DIVISION_CODE as REGION_CODE } from '../regions/region.dto';
import { AccessibilityDto, BookingDto, ContactDto, GeoPointDto } from './content.dto';

const USERNAME = /^[a-z0-9][a-z0-9_.-]{2,63}$/;

export class UpdateVenueDto extends VersionedDto implements UpdateVenueRequest {
  @TextProperty(L.venueDescription, { optional: true, allowEmpty: true })
  description?: string;

  @TextProperty(L.address, { optional: true })
  address?: string;

  @ApiPropertyOptional({ type: AccessibilityDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccessibilityDto)
  accessibility?: AccessibilityDto;

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;

  @ApiPropertyOptional({ type: BookingDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BookingDto)
  booking?: BookingDto;

  @ApiPropertyOptional({ type: GeoPointDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointDto)
  location?: GeoPointDto;

  @ApiPropertyOptional({
    description: 'Weekday → ["HH:MM","HH:MM"] ranges; null: open at any time',
    nullable: true,
    example: { mon: [['09:00', '17:00']] },
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsObject()
  openingHours?: OpeningHours | null;

  @ApiPropertyOptional({ type: [String], example: ['2025-10-01'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.closedDates)
  @IsString({ each: true })
  closedDates?: string[];

  @ApiPropertyOptional({ nullable: true, minimum: L.geofenceMinM, maximum: L.geofenceMaxM })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(L.geofenceMinM)
  @Max(L.geofenceMaxM)
  geofenceRadiusM?: number | null;

  @ApiPropertyOptional({ description: 'Organizers only', maxLength: L.venueName })
  @IsOptional()
  @IsString()
  @Length(1, L.venueName)
  name?: string;

  @ApiPropertyOptional({ description: 'Organizers only', enum: VENUE_KINDS })
  @IsOptional()
  @IsIn(VENUE_KINDS)
  kind?: VenueKind;

  @ApiPropertyOptional({ description: 'Organizers only', maxLength: L.host })
  @IsOptional()
  @IsString()
  @Length(1, L.host)
  host?: string;

  @ApiPropertyOptional({ description: 'Organizers only: a region of their subtree' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'regionCode must be a 6- or 9-digit division code' })
  regionCode?: string;

  /** Declared only so that sending it is refused by name (403), not as an unknown field. */
  @ApiHideProperty()
  @IsOptional()
  status?: unknown;
}

export class StaffAccountDto {
  @ApiProperty({ description: 'Lower-case letters, digits, . _ -; 3–64 characters' })
  @Matches(USERNAME, {
    message: 'username must be 3–64 of a–z 0–9 . _ - (starting with a letter or digit)',
  })
  username: string;

  @TextProperty(L.displayName)
  displayName: string;
}

export class CreateVenueDto implements CreateVenueRequest {
  @TextProperty(L.venueName)
  name: string;

  @ApiProperty({ enum: VENUE_KINDS })
  @IsIn(VENUE_KINDS)
  kind: VenueKind;

  @ApiProperty({ description: 'County or township code of the subtree' })
  @Matches(REGION_CODE, { message: 'regionCode must be a 6- or 9-digit division code' })
  regionCode: string;

  @TextProperty(L.address)
  address: string;

  @ApiProperty({ type: GeoPointDto })
  @ValidateNested()
  @Type(() => GeoPointDto)
  location: GeoPointDto;

  @TextProperty(L.host)
  host: string;

  @TextProperty(L.venueDescription, { optional: true, allowEmpty: true })
  description?: string;

  @ApiProperty({ type: StaffAccountDto })
  @ValidateNested()
  @Type(() => StaffAccountDto)
  staff: StaffAccountDto;
}

export class VenueStatusDto extends VersionedDto implements VenueStatusRequest {
  @TextProperty(L.reviewComment, { optional: true, allowEmpty: true })
  reason?: string;
}

export class AdminVenueQueryDto extends PageQueryDto implements AdminVenueQuery {
  @ApiPropertyOptional({ description: 'Part of the name or address' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'A region of the subtree' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'region must be a 6- or 9-digit division code' })
  region?: string;

  @ApiPropertyOptional({ enum: VENUE_KINDS })
  @IsOptional()
  @IsIn(VENUE_KINDS)
  kind?: VenueKind;

  @ApiPropertyOptional({ enum: VENUE_STATUSES })
  @IsOptional()
  @IsIn(VENUE_STATUSES)
  status?: VenueStatus;
}

export { REGION_CODE, USERNAME };
