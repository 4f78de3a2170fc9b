import type { CheckInSource, ReportedLocation, ScienceCard } from '../domain';

export interface CheckInRequest {
  /** The scanned text: a full `{PUBLIC_BASE_URL}/q/{token}` URL or a bare token (mini-program code scene). */
  code: string;
  /** When the visitor scanned, for offline replays; defaults to the time the server receives it. */
  scannedAt?: string;
  location?: ReportedLocation;
}

export interface TrailProgressDto {
  trailId: string;
  trailName: string;
  collected: number;
  total: number;
  completed: boolean;
  /** For ordered trails: the position (0-based) of the next checkpoint to visit, if any. */
  nextPosition: number | null;
  completedAt: string | null;
}

export interface StampDto {
  checkInId: string;
  checkpointId: string;
  checkpointName: string;
  venueId: string;
  venueName: string;
  scannedAt: string;
  receivedAt: string;
  source: CheckInSource;
}

export interface CheckInResponse {
  /** `accepted`: a new stamp; `repeat`: the visitor already had this stamp for the period. */
  outcome: 'accepted' | 'repeat';
  stamp: StampDto;
  card: ScienceCard;
  trails: TrailProgressDto[];
}
