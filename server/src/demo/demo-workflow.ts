import { type EntityManager, In } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { Account } from '../auth/account.entity';
import { RegionTree } from '../regions/region-tree';
import { Region } from '../regions/region.entity';
import { Review } from '../reviews/review.entity';
import { trailContentOf } from '../trails/trail-admin.mappers';
import { TrailConsent } from '../trails/trail-consent.entity';
import { TrailStop } from '../trails/trail-stop.entity';
import { Trail } from '../trails/trail.entity';
import { Checkpoint } from '../venues/checkpoint.entity';
import { checkpointContentOf, venueContentOf } from '../venues/venue-content';
import { Venue } from '../venues/venue.entity';

export interface SeededIds {
  venues: Map<string, string>;
  checkpoints: Map<string, string>;
  trails: Map<string, string>;
}

/**
 * What a newcomer signing in as `demo-organizer` finds waiting: a venue text and a science card
 * under review, a trail across two venues submitted for review, and (for `demo-staff`) a trail
 * waiting for the robot hall's consent. Each with its audit events, as the API would write them.
 */
export async function seedReviewQueue(tx: EntityManager, ids: SeededIds, now: Date): Promise<void> {
  const account = async (username: string) =>
    tx.getRepository(Account).findOneByOrFail({ username });
  const venue = (key: string) =>
    tx.getRepository(Venue).findOneByOrFail({ id: ids.venues.get(key)! });
  const audit = (actor: Account, fields: Partial<AuditEvent>) => {
    const repo = tx.getRepository(AuditEvent);
    return repo.save(
      repo.create({
        at: now,
        actorId: actor.id,
        actorRole: actor.role,
        actorName: actor.displayName,
        before: null,
        ...fields,
      }),
    );
  };
  const review = async (actor: Account, fields: Partial<Review>) => {
    const saved = await tx
      .getRepository(Review)
      .save(
        tx
          .getRepository(Review)
          .create({ status: 'pending', submittedBy: actor.id, submittedAt: now, ...fields }),
      );
    await audit(actor, {
      action: 'review.submit',
      entityType: 'review',
      entityId: saved.id,
      venueId: saved.venueId,
      regionCode: saved.regionCode,
      before: saved.before,
      after: { ...saved.after, subject: saved.subject, subjectId: saved.subjectId },
    });
  };

  const museum = await venue('ts-science-museum');
  const museumStaff = await account('demo-ts-science-museum');
  const published = venueContentOf(museum);
  await review(museumStaff, {
    subject: 'venue',
    subjectId: museum.id,
    venueId: museum.id,
    regionCode: museum.regionCode,
    before: { ...published },
    after: {
      ...published,
      description: `${museum.description}\n\n科普月期间每周六上午增设“小小讲解员”体验活动，适合 8–14 岁青少年，需提前一天预约。`,
      accessibility: {
        stepFree: true,
        elderlySeats: true,
        accessibleToilet: true,
        parking: true,
        notes: '北门设无障碍坡道，服务台可借用轮椅。',
      },
      booking: { required: false, notes: '个人免预约；20 人以上团体请提前三天电话预约。', url: '' },
    },
  });

  const robotHall = await venue('ts-robot-hall');
  const welding = await tx
    .getRepository(Checkpoint)
    .findOneByOrFail({ id: ids.checkpoints.get('ts-robot-welding')! });
  const content = checkpointContentOf(welding);
  await review(await account('demo-staff'), {
    subject: 'checkpoint',
    subjectId: welding.id,
    venueId: robotHall.id,
    regionCode: robotHall.regionCode,
    before: { ...content },
    after: {
      ...content,
      card: {
        ...content.card,
        body: `${content.card.body}现场可以通过示教器观察机器人一步步记录下来的焊接轨迹。`,
      },
    },
  });

  const steelStaff = await account('demo-ts-steel-hall');
  const ceramicsStaff = await account('demo-ts-ceramics-base');
  const submitted = await proposeTrail(tx, ids, {
    name: '唐山钢铁与陶瓷工艺之旅',
    topic: 'work_safety',
    audienceGroups: ['teenager', 'industrial_worker'],
    ordered: true,
    estimatedMinutes: 180,
    description:
      '从曹妃甸的高炉到陶瓷窑炉，看“火”如何炼出钢铁、烧出陶瓷，并了解高温作业的安全防护。',
    stops: ['ts-steel-furnace', 'ts-steel-converter', 'ts-ceramics-kiln', 'ts-ceramics-glaze'],
    proposer: { key: 'ts-steel-hall', account: steelStaff },
    consents: { 'ts-ceramics-base': ceramicsStaff },
    status: 'in_review',
    now,
  });
  await review(steelStaff, {
    subject: 'trail',
    subjectId: submitted.trail.id,
    venueId: submitted.trail.proposedByVenueId,
    regionCode: submitted.trail.regionCode,
    after: submitted.content,
  });
  await proposeTrail(tx, ids, {
    name: '人工智能与机器人联学路线',
    topic: 'ai',
    audienceGroups: ['teenager'],
    ordered: false,
    estimatedMinutes: 120,
    description: '在唐山科技馆认识人工智能，再到机器人星火馆看机器视觉如何在生产线上“找缺陷”。',
    stops: ['ts-museum-ai', 'ts-robot-vision'],
    proposer: { key: 'ts-science-museum', account: museumStaff },
    consents: {},
    status: 'draft',
    now,
  });

  async function proposeTrail(
    t: EntityManager,
    seeded: SeededIds,
    p: {
      name: string;
      topic: Trail['topic'];
      audienceGroups: Trail['audienceGroups'];
      ordered: boolean;
      estimatedMinutes: number;
      description: string;
      stops: string[];
      proposer: { key: string; account: Account };
      consents: Record<string, Account>;
      status: 'draft' | 'in_review';
      now: Date;
    },
  ) {
    // One query each: a transaction is one connection, which takes one query at a time.
    const found = await t
      .getRepository(Checkpoint)
      .findBy({ id: In(p.stops.map((k) => seeded.checkpoints.get(k)!)) });
    const checkpoints = p.stops.map((k) => found.find((c) => c.id === seeded.checkpoints.get(k))!);
    const venues = await t
      .getRepository(Venue)
      .findBy({ id: In([...new Set(checkpoints.map((c) => c.venueId))]) });
    const tree = new RegionTree(
      await t.getRepository(Region).findBy({ code: In(venues.map((v) => v.regionCode)) }),
    );
    const trail = await t.getRepository(Trail).save(
      t.getRepository(Trail).create({
        name: p.name,
        topic: p.topic,
        audienceGroups: p.audienceGroups,
        ordered: p.ordered,
        estimatedMinutes: p.estimatedMinutes,
        description: p.description,
        regionCode: tree.commonAncestor(venues.map((v) => v.regionCode))!,
        status: p.status,
        proposedByVenueId: seeded.venues.get(p.proposer.key)!,
      }),
    );
    await t
      .getRepository(TrailStop)
      .insert(
        checkpoints.map((c, position) => ({ trailId: trail.id, position, checkpointId: c.id })),
      );
    const consentOf = (v: Venue) => {
      if (v.id === trail.proposedByVenueId) return p.proposer.account;
      const key = [...seeded.venues].find(([, id]) => id === v.id)![0];
      return p.consents[key];
    };
    await t.getRepository(TrailConsent).insert(
      venues.map((v) => {
        const by = consentOf(v);
        return by
          ? {
              trailId: trail.id,
              venueId: v.id,
              status: 'accepted' as const,
              decidedBy: by.id,
              decidedAt: p.now,
            }
          : { trailId: trail.id, venueId: v.id, status: 'pending' as const };
      }),
    );
    const trailContent = trailContentOf(
      trail,
      checkpoints.map((c) => ({
        checkpointId: c.id,
        checkpointName: c.name,
        venueName: venues.find((v) => v.id === c.venueId)!.name,
      })),
    );
    await audit(p.proposer.account, {
      action: 'trail.propose',
      entityType: 'trail',
      entityId: trail.id,
      venueId: trail.proposedByVenueId,
      regionCode: trail.regionCode,
      after: trailContent,
    });
    return { trail, content: trailContent };
  }
}
