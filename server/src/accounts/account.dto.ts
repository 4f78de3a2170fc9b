import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type AccountActionRequest, type AccountQuery, CONTENT_LIMITS as L } from '@xinghuo/shared';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { REGION_CODE, USERNAME } from '../venues/venue-admin.dto';

/** `CreateAccountRequest`: staff name a venue, organizers a region; the other is refused. */
export class CreateAccountDto {
  @ApiProperty({ enum: ['staff', 'organizer'] })
  @IsIn(['staff', 'organizer'])
  role: 'staff' | 'organizer';

  @ApiProperty({ description: 'Lower-case letters, digits, . _ -; 3–64 characters' })
  @Matches(USERNAME, {
    message: 'username must be 3–64 of a–z 0–9 . _ - (starting with a letter or digit)',
  })
  username: string;

  @ApiProperty({ maxLength: L.displayName })
  @IsString()
  @Length(1, L.displayName)
  displayName: string;

  @ApiPropertyOptional({ description: 'Staff: a venue of the subtree' })
  @IsOptional()
  @IsUUID()
  venueId?: string;

  @ApiPropertyOptional({ description: 'Organizers: a region strictly below the caller' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'regionCode must be a 6- or 9-digit division code' })
  regionCode?: string;
}

export class AccountActionDto implements AccountActionRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}

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
