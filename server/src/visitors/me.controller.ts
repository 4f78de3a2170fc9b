import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { PassportResponse } from '@xinghuo/shared';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { UpdateProfileDto } from './visitor.dto';
import { VisitorService } from './visitor.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
@Allow('visitor')
export class MeController {
  constructor(private readonly visitors: VisitorService) {}

  @Get('passport')
  passport(@CurrentPrincipal() principal: Principal): Promise<PassportResponse> {
    return this.visitors.passport(principal.id);
  }

  @Patch()
  update(
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdateProfileDto,
  ): Promise<PassportResponse['visitor']> {
    return this.visitors.update(principal.id, body);
  }

  /** Erases the visitor's personal data; aggregate figures stay. */
  @Delete()
  @HttpCode(204)
  async erase(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.visitors.erase(principal.id);
  }
}
