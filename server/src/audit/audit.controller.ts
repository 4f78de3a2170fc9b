import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventDto, Page } from '@xinghuo/shared';
import { Allow } from '../auth/auth.decorators';
import { type Actor, CurrentActor } from '../auth/actor';
import { ApiErrors } from '../common/openapi';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('staff', 'organizer')
  @ApiOperation({
    summary: "The audit trail of the caller's venue or region subtree, newest first",
  })
  @ApiErrors('VALIDATION_FAILED')
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    return this.audit.list(actor, query);
  }
}
