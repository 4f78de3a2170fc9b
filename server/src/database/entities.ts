import { Account } from '../auth/account.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CheckIn } from '../check-ins/check-in.entity';
import { IdempotencyRecord } from '../check-ins/idempotency-record.entity';
import { DisplayLink } from '../display/display-link.entity';
import { RateLimitCounter } from '../rate-limits/rate-limit-counter.entity';
import { RegionDataset } from '../regions/region-dataset.entity';
import { Region } from '../regions/region.entity';
import { Review } from '../reviews/review.entity';
import { CheckInAnswer } from '../learning/check-in-answer.entity';
import { LearningStat } from '../learning/learning-stat.entity';
import { CheckInStat } from '../stats/check-in-stat.entity';
import { StatCursor, StatVenueScope } from '../stats/fold-state.entity';
import {
  CheckpointDayStat,
  DaySpan,
  ScopeDayStat,
  ScopeGroupStat,
  ScopeHourStat,
  UniquePair,
} from '../stats/scope-stats.entity';
import { TrailFinishStat, TrailFold, TrailFunnelStat } from '../stats/trail-funnel.entity';
import { TrailProgress } from '../stats/trail-progress.entity';
import { VenueVisit } from '../stats/venue-visit.entity';
import { TrailConsent } from '../trails/trail-consent.entity';
import { TrailStop } from '../trails/trail-stop.entity';
import { Trail } from '../trails/trail.entity';
import { Checkpoint } from '../venues/checkpoint.entity';
import { Venue } from '../venues/venue.entity';
import { Visitor } from '../visitors/visitor.entity';

export const ENTITIES = [
  Region,
  Venue,
  Checkpoint,
  Trail,
  TrailStop,
  Campaign,
  Visitor,
  Account,
  CheckIn,
  IdempotencyRecord,
  CheckInStat,
  VenueVisit,
  TrailProgress,
  RateLimitCounter,
  RegionDataset,
  TrailConsent,
  Review,
  AuditEvent,
  DisplayLink,
  StatCursor,
  StatVenueScope,
  ScopeDayStat,
  ScopeHourStat,
  ScopeGroupStat,
  CheckpointDayStat,
  DaySpan,
  UniquePair,
  TrailFold,
  TrailFunnelStat,
  TrailFinishStat,
  CheckInAnswer,
  LearningStat,
];
