import type { Campaign } from '../campaigns/campaign.entity';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import type { Verdict } from './check-in.rules';

/** A judged scan on its way to the writer. */
export interface PendingCheckIn {
  visitorId: string;
  idempotencyKey: string;
  requestHash: string;
  scannedAt: Date;
  receivedAt: Date;
  verdict: Verdict;
  checkpoint?: Checkpoint;
  venue?: Venue;
  campaign?: Campaign;
}

/** What the controller sends: the status and the body, serialized once. */
export interface CheckInOutcome {
  statusCode: number;
  json: string;
  /** What is stored for the Idempotency-Key when it differs from `json`: a stamp's answer without its science card. */
  stored?: string;
  /** Seconds, for a 503 answered without writing anything: the client may retry with the same key. */
  retryAfter?: number;
}

/** A queued check-in: the scan, the catalogue it was judged against, and who waits for the answer. */
export interface Job {
  item: PendingCheckIn;
  snapshot: CatalogSnapshot;
  resolve: (outcome: CheckInOutcome) => void;
}
