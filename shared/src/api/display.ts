/**
 * Rotating-code screens. A display link opens the public full-screen page at
 * `DISPLAY_PAGE_PATH?token=…` (also reachable as `{PUBLIC_BASE_URL}/d/{token}`); its only power
 * is `GET /api/display/{token}`: the checkpoint's current code.
 */
export const DISPLAY_PAGE_PATH = '/pages-display/index';

export interface DisplayLinkDto {
  id: string;
  checkpointId: string;
  label: string;
  createdAt: string;
  createdBy: { id: string; displayName: string };
  revokedAt: string | null;
  lastSeenAt: string | null;
}

/** `POST /api/checkpoints/:id/display-links` (staff of the venue; rotating checkpoints only). */
export interface CreateDisplayLinkRequest {
  label: string;
}

/** The secret is in `url` and `token`, returned once; the server keeps only its hash. */
export interface CreateDisplayLinkResponse {
  link: DisplayLinkDto;
  token: string;
  url: string;
}

export interface DisplayCode {
  token: string;
  url: string;
  /** Slot start (validFrom) and end (refreshAt). */
  validFrom: string;
  refreshAt: string;
}

/** `GET /api/display/{token}` (public): poll it; show `next` at `current.refreshAt` for no gap. */
export interface DisplayCodeResponse {
  checkpointId: string;
  checkpointName: string;
  venueName: string;
  current: DisplayCode;
  next: DisplayCode;
  serverTime: string;
}
