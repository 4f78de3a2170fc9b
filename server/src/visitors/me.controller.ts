import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PassportResponse } from '@xinghuo/shared';
import { ApiErrors } from '../common/openapi';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { UpdateProfileDto } from './visitor.dto';
import { VisitorService } from './visitor.service';

@ApiTags('me')
@Controller('me')
@Allow('visitor')
export class MeController {
  constructor(private readonly visitors: VisitorService) {}

  @Get('passport')
  @ApiOperation({ summary: "The visitor's stamps and trail progress" })
  passport(@CurrentPrincipal() principal: Principal): Promise<PassportResponse> {
    return this.visitors.passport(principal.id);
  }

  @Patch()
  @ApiOperation({ summary: 'Set the optional nickname and audience group' })
  @ApiErrors('VALIDATION_FAILED')
  update(
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdateProfileDto,
  ): Promise<PassportResponse['visitor']> {
    return this.visitors.update(principal.id, body);
  }

  /** Erases the visitor's personal data; aggregate figures stay. */
  @Delete()
  @ApiOperation({ summary: "Erase the visitor's personal data (figures stay)" })
  @HttpCode(204)
  async erase(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.visitors.erase(principal.id);
  }
}
