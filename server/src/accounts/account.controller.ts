import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AccountDto, AccountWithPasswordResponse, Page } from '@xinghuo/shared';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
import { PostAction } from '../common/action';
import { ApiErrors } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { AccountActionDto, AccountQueryDto, CreateAccountDto } from './account.dto';
import { AccountService } from './account.service';

@ApiTags('accounts')
@Controller('accounts')
export class AccountController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  @Allow('organizer')
  @ApiOperation({ summary: 'Accounts the caller manages (search, filter, pages)' })
  @ApiErrors('VALIDATION_FAILED', 'REGION_UNKNOWN')
  list(@CurrentActor() actor: Actor, @Query() query: AccountQueryDto): Promise<Page<AccountDto>> {
    return this.accounts.list(actor, query);
  }

  @Post()
  @Allow('organizer')
  @ApiOperation({ summary: 'Create a staff or lower organizer account with a temporary password' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'REGION_UNKNOWN', 'USERNAME_TAKEN')
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateAccountDto,
  ): Promise<AccountWithPasswordResponse> {
    return this.accounts.create(actor, body);
  }

  @PostAction(':id/disable', 'Disable an account: its sessions stop within seconds')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT')
  disable(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: AccountActionDto,
  ): Promise<AccountDto> {
    return this.accounts.disable(actor, id, body);
  }

  @PostAction(':id/enable', 'Enable a disabled account again')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT')
  enable(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: AccountActionDto,
  ): Promise<AccountDto> {
    return this.accounts.enable(actor, id, body);
  }

  @PostAction(
    ':id/reset-password',
    'A new temporary password; the account must change it, old sessions end',
  )
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT')
  resetPassword(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: AccountActionDto,
  ): Promise<AccountWithPasswordResponse> {
    return this.accounts.resetPassword(actor, id, body);
  }
}
