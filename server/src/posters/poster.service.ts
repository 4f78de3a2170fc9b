import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { assertManagesVenue } from '../auth/scope';
import { type CatalogSnapshot, CatalogService } from '../catalog/catalog.service';
import { campaignFor } from '../check-ins/check-in.rules';
import { NotFoundError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { type PosterInput, renderPosters } from '../documents';
import { QrService } from '../qr/qr.service';
import type { Checkpoint } from '../venues/checkpoint.entity';
import { ContentError } from '../venues/content.errors';
import type { Venue } from '../venues/venue.entity';
import type { PosterQueryDto } from './poster.dto';
import { WxacodeClient } from './wxacode.client';

export interface PosterFile {
  pdf: Buffer;
  /** A file name for Content-Disposition, in Chinese. */
  fileName: string;
}

/** Printable posters of printed (static) codes; rotating checkpoints use a display link instead. */
@Injectable()
export class PosterService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly qr: QrService,
    private readonly wxacode: WxacodeClient,
  ) {}

  async checkpoint(actor: Actor, id: string, query: PosterQueryDto): Promise<PosterFile> {
    const snapshot = await this.catalog.get();
    const checkpoint = snapshot.checkpoints.get(id);
    const venue = checkpoint && snapshot.venues.get(checkpoint.venueId);
    if (!checkpoint || !venue) throw new NotFoundError('打卡点');
    assertManagesVenue(actor, venue, snapshot.regionTree);
    if (checkpoint.qrMode === 'rotating') {
      throw new ContentError('STATE_CONFLICT', '动态码打卡点无法打印海报，请使用展示屏链接');
    }
    const poster = await this.input(snapshot, venue, checkpoint, query);
    return {
      pdf: await renderPosters([poster], query.size ?? 'A4'),
      fileName: `${venue.name}-${checkpoint.name}-打卡海报.pdf`,
    };
  }

  /** One page per printed-code checkpoint of the venue, in their order. */
  async venue(actor: Actor, id: string, query: PosterQueryDto): Promise<PosterFile> {
    const snapshot = await this.catalog.get();
    const venue = snapshot.venues.get(id);
    if (!venue) throw new NotFoundError('场馆');
    assertManagesVenue(actor, venue, snapshot.regionTree);
    const checkpoints = [...snapshot.checkpoints.values()].filter(
      (c) => c.venueId === id && c.qrMode === 'static',
    );
    if (checkpoints.length === 0) {
      throw new ContentError('STATE_CONFLICT', '该场馆没有使用打印二维码的打卡点');
    }
    const posters: PosterInput[] = [];
    for (const c of checkpoints) posters.push(await this.input(snapshot, venue, c, query));
    return {
      pdf: await renderPosters(posters, query.size ?? 'A4'),
      fileName: `${venue.name}-全部打卡海报.pdf`,
    };
  }

  private async input(
    snapshot: CatalogSnapshot,
    venue: Venue,
    checkpoint: Checkpoint,
    query: PosterQueryDto,
  ): Promise<PosterInput> {
    const payload = this.qr.payload(checkpoint);
    const code =
      query.code === 'wxacode'
        ? { png: await this.wxacode.unlimited(payload.token) }
        : { text: payload.url };
    return {
      venueName: venue.name,
      checkpointName: checkpoint.name,
      campaignName: this.campaignName(snapshot, venue),
      shortUrl: payload.url,
      code,
    };
  }

  /** The campaign covering the venue now, else the next one, else the product's name. */
  private campaignName(snapshot: CatalogSnapshot, venue: Venue): string {
    const now = new Date(this.clock.now());
    const path = (code: string) => snapshot.regions.get(code)?.path;
    const venuePath = path(venue.regionCode) ?? '';
    const open = campaignFor(snapshot.campaigns, now, venuePath, path);
    const next = snapshot.campaigns.find(
      (c) =>
        c.startsAt.getTime() > now.getTime() &&
        venuePath.startsWith(path(c.regionCode) ?? '\u0000'),
    );
    return (open ?? next)?.name ?? '星火探馆';
  }
}
