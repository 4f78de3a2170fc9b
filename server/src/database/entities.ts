import { Account } from '../auth/account.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CheckIn } from '../check-ins/check-in.entity';
import { IdempotencyRecord } from '../check-ins/idempotency-record.entity';
import { Region } from '../regions/region.entity';
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
