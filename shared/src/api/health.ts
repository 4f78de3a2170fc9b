/** `GET /api/health`: liveness. The process answers; nothing it depends on is asked. */
export interface HealthResponse {
  status: 'ok';
  version: string;
  time: string;
}

export type CheckInWriterState = 'idle' | 'connected' | 'failing' | 'draining' | 'closed';

/**
 * `GET /api/health/ready`: readiness. 200 with this body when ready; when not, 503
 * SERVICE_UNAVAILABLE with this body as the error's `details` (route traffic elsewhere).
 */
export interface ReadinessResponse {
  status: 'ready' | 'not_ready';
  /** Whether the database answered a query within the probe's timeout. */
  database: 'up' | 'down';
  writer: {
    /** `failing`: its last batch could not reach the database or got no answer; `draining`: shutting down. */
    state: CheckInWriterState;
    /** Check-ins waiting or being written, and how many it holds before answering 503. */
    pending: number;
    queueLimit: number;
  };
  version: string;
  time: string;
}
