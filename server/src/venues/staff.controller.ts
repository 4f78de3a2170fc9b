import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ListResponse, StaffCheckpointDto } from '@xinghuo/shared';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { CatalogService } from '../catalog/catalog.service';

@ApiTags('staff')
@Controller('staff')
@Allow('staff')
export class StaffController {
  constructor(private readonly catalog: CatalogService) {}

  /** The checkpoints of the caller's own venue, inactive ones included. */
  @Get('checkpoints')
  @ApiOperation({ summary: "The checkpoints of the caller's own venue" })
  async checkpoints(
    @CurrentPrincipal() principal: Principal,
  ): Promise<ListResponse<StaffCheckpointDto>> {
    const snapshot = await this.catalog.get();
    const items = [...snapshot.checkpoints.values()]
      .filter((c) => c.venueId === principal.venueId)
      .map((c) => ({
        id: c.id,
        venueId: c.venueId,
        name: c.name,
        sortOrder: c.sortOrder,
        qrMode: c.qrMode,
        active: c.active,
        card: c.card,
      }));
    return { items };
  }
}
