import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ENTITY_TYPES, type AuditEntityType, type AuditQuery } from '@xinghuo/shared';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from '../common/paging';

const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType?: AuditEntityType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD (China time) or an ISO date-time with zone' })
  @IsOptional()
  @Matches(DAY_OR_INSTANT, { message: 'from must be YYYY-MM-DD or an ISO date-time with zone' })
  from?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD (inclusive) or an ISO date-time (exclusive)' })
  @IsOptional()
  @Matches(DAY_OR_INSTANT, { message: 'to must be YYYY-MM-DD or an ISO date-time with zone' })
  to?: string;
}
