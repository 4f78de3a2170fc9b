import type { QrMode, ScienceCard } from '../domain';
import type { CheckpointSummary } from './catalog';

export interface StaffCheckpointDto extends CheckpointSummary {
  qrMode: QrMode;
  active: boolean;
  card: ScienceCard;
}

export interface QrPayloadResponse {
  checkpointId: string;
  mode: QrMode;
  token: string;
  url: string;
  /** For rotating codes: when this token stops being the current one. */
  refreshAt: string | null;
}
