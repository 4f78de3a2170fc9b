import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AccountActionRequest, AccountQuery } from '@xinghuo/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { VersionedDto } from '../common/versioned.dto';
import { REGION_CODE, StaffAccountDto } from '../venues/venue-admin.dto';

/** `CreateAccountRequest`: staff name a venue, organizers a region; the other is refused. */
export class CreateAccountDto extends StaffAccountDto {
  @ApiProperty({ enum: ['staff', 'organizer'] })
  @IsIn(['staff', 'organizer'])
  role: 'staff' | 'organizer';

  @ApiPropertyOptional({ description: 'Staff: a venue of the subtree' })
  @IsOptional()
  @IsUUID()
  venueId?: string;

  @ApiPropertyOptional({ description: 'Organizers: a region strictly below the caller' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'regionCode must be a 6- or 9-digit division code' })
  regionCode?: string;
}

export class AccountActionDto extends VersionedDto implements AccountActionRequest {}

export class AccountQueryDto extends PageQueryDto implements AccountQuery {
  @ApiPropertyOptional({ description: 'Part of the username or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;

  @ApiPropertyOptional({ enum: ['staff', 'organizer'] })
  @IsOptional()
  @IsIn(['staff', 'organizer'])
  role?: 'staff' | 'organizer';

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  venueId?: string;

  @ApiPropertyOptional({ description: 'A region of the subtree' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'region must be a 6- or 9-digit division code' })
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  disabled?: boolean;
}
