import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { QR_TOKEN_PATTERN } from '@xinghuo/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/openapi';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import { canManageVenue } from '../auth/scope';
import type { Principal } from '../auth/token.service';
import { CatalogService } from '../catalog/catalog.service';
import { ForbiddenError, NotFoundError } from '../common/app-error';
import { CHECK_IN_ROUTE, H5Assets } from '../common/h5-assets';
import { UuidPipe } from '../common/uuid.pipe';
import { QrQueryDto } from './qr.dto';
import { QrService } from './qr.service';

@ApiTags('qr')
@Controller()
export class QrController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly qr: QrService,
  ) {}

  /** A checkpoint's code as JSON (payload), SVG or PNG: staff of its venue and organizers above it. */
  @Get('checkpoints/:id/qr')
  @ApiOperation({ summary: "A checkpoint's code to print or show, as JSON, SVG or PNG" })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  @Allow('staff', 'organizer')
  @ApiProduces('application/json', 'image/svg+xml', 'image/png')
  async code(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidPipe()) id: string,
    @Query() query: QrQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const snapshot = await this.catalog.get();
    const checkpoint = snapshot.checkpoints.get(id);
    const venue = checkpoint && snapshot.venues.get(checkpoint.venueId);
    if (!checkpoint || !venue) throw new NotFoundError('打卡点');
    if (!canManageVenue(principal, venue, snapshot))
      throw new ForbiddenError('只能获取本单位或本辖区场馆的打卡码');
    const payload = this.qr.payload(checkpoint);
    void reply.header('Cache-Control', 'no-store');
    if (query.format === 'svg') {
      await reply.type('image/svg+xml').send(await this.qr.svg(payload.url));
    } else if (query.format === 'png') {
      await reply.type('image/png').send(await this.qr.png(payload.url));
    } else {
      await reply.send(payload);
    }
  }
}

/**
 * Outside /api: the printed URL. In a browser it is the H5 check-in page with the token: the
 * page itself for a token (no redirect round trip on a slow network), a redirect otherwise.
 */
@ApiTags('qr')
@Controller('q')
@Allow('public')
export class ScanLinkController {
  constructor(private readonly h5: H5Assets) {}

  @Get(':token')
  @ApiOperation({ summary: 'The printed QR link: the H5 check-in page for the token' })
  @ApiProduces('text/html')
  @ApiResponse({ status: 302, description: 'Not a token, or no H5 build: to the check-in page' })
  open(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): void {
    if (QR_TOKEN_PATTERN.test(token) && this.h5.available) {
      void this.h5.sendScanPage(request, reply);
      return;
    }
    const safe = QR_TOKEN_PATTERN.test(token) ? token : '';
    void reply.redirect(`${CHECK_IN_ROUTE}?code=${safe}`, 302);
  }
}
