import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIENCE_GROUPS,
  type AudienceGroupKey,
  checkPeriod,
  type DatePeriod,
  type StatsFunnelsQuery,
  type StatsQuery,
  type StatsVenuesQuery,
  VENUE_SORT_KEYS,
  type VenueSortKey,
} from '@xinghuo/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ValidationError } from '../common/app-error';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class StatsRegionQueryDto {
  @ApiPropertyOptional({
    description: "Organizers: a region inside the caller's subtree, to drill down (else 403)",
  })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'region must be a division code' })
  region?: string;
}

export class StatsQueryDto extends StatsRegionQueryDto implements StatsQuery {
  @ApiProperty({ description: 'First day, YYYY-MM-DD (venue local time)', example: '2025-09-01' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({
    description: 'Last day, included; at most 366 days after from',
    example: '2025-09-30',
  })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to: string;
}

export class StatsVenuesQueryDto extends StatsQueryDto implements StatsVenuesQuery {
  @ApiPropertyOptional({ enum: VENUE_SORT_KEYS, default: 'checkIns' })
  @IsOptional()
  @IsIn(VENUE_SORT_KEYS)
  sort?: VenueSortKey;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class StatsFunnelsQueryDto extends StatsQueryDto implements StatsFunnelsQuery {
  @ApiPropertyOptional({ description: 'One trail (default: every trail in scope)' })
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'trail must be a trail id',
  })
  trail?: string;

  @ApiPropertyOptional({ enum: [...AUDIENCE_GROUPS, 'unknown'] })
  @IsOptional()
  @IsIn([...AUDIENCE_GROUPS, 'unknown'])
  group?: AudienceGroupKey;
}

/** The period a query names, or a 400 naming the field that is wrong. */
export function periodOf(query: StatsQuery): DatePeriod {
  const check = checkPeriod(query.from, query.to);
  if (!check.ok) throw new ValidationError(check.field, check.message);
  return check.period;
}
