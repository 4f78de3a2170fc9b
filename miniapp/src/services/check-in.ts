import Taro from '@tarojs/taro';
import { type ReportedLocation, ROTATING_CODE_OFFLINE_MESSAGE } from '@xinghuo/shared';
import { api } from '../api';
import { ApiError } from '../lib/api-error';
import type { CheckInOutcome } from '../lib/check-in-flow';
import { Emitter } from '../lib/emitter';
import { Store } from '../lib/store';
import { newIdempotencyKey } from '../lib/idempotency';
import {
  OfflineQueue,
  isDefinitiveStatus,
  mayQueue,
  type QueuedCheckIn,
  type SendResult,
} from '../lib/offline-queue';
import { storage } from './storage';

/** A queued scan that got its answer in the background, kept briefly so the queue view can say so. */
export interface SyncedResult {
  key: string;
  scannedAt: string;
  resolvedAt: string;
  ok: boolean;
  repeat: boolean;
  checkpointName: string | null;
  venueName: string | null;
  message: string;
}

export const queue = new OfflineQueue(storage);
/**
 * Fires whenever the queue or the synced list changes, and with `resolved` for every answer a scan
 * gets: at once, or later from the queue.
 */
export const queueEvents = new Emitter<
  { type: 'changed' } | { type: 'resolved'; outcome: CheckInOutcome }
>();

// The stored name predates the check-in spelling; kept so the list survives an update.
const SYNCED_KEY = 'xh.checkin-synced.v1';

export function syncedResults(): SyncedResult[] {
  const v = storage.get(SYNCED_KEY);
  return Array.isArray(v) ? (v as SyncedResult[]) : [];
}

function rememberSynced(item: QueuedCheckIn, outcome: CheckInOutcome): void {
  if (outcome.kind === 'queued') return;
  const entry: SyncedResult =
    outcome.kind === 'success'
      ? {
          key: item.idempotencyKey,
          scannedAt: item.scannedAt,
          resolvedAt: new Date().toISOString(),
          ok: true,
          repeat: outcome.response.outcome === 'repeat',
          checkpointName: outcome.response.stamp.checkpointName,
          venueName: outcome.response.stamp.venueName,
          message: outcome.response.outcome === 'repeat' ? '已打卡过，保留原印章' : '打卡成功',
        }
      : {
          key: item.idempotencyKey,
          scannedAt: item.scannedAt,
          resolvedAt: new Date().toISOString(),
          ok: false,
          repeat: false,
          checkpointName: null,
          venueName: null,
          message: outcome.error.message,
        };
  storage.set(
    SYNCED_KEY,
    [entry, ...syncedResults().filter((r) => r.key !== entry.key)].slice(0, 10),
  );
}

export interface QueueState {
  pending: QueuedCheckIn[];
  synced: SyncedResult[];
}

const readQueueState = (): QueueState => ({ pending: queue.list(), synced: syncedResults() });

/** What the queue holds now, for components (`useStore(queueState)`); follows every queue event. */
export const queueState = new Store<QueueState>(readQueueState());
queueEvents.on(() => queueState.set(readQueueState()));

/** Drops every waiting scan and the list of recent answers: they are the visitor's data too. */
export function clearQueue(): void {
  for (const item of queue.list()) queue.remove(item.idempotencyKey);
  storage.remove(SYNCED_KEY);
  queueEvents.emit({ type: 'changed' });
}

/** The server's error for a "try later" answer (429/5xx), so a live scan can show its message. */
const retryErrors = new Map<string, ApiError>();

async function sendItem(item: QueuedCheckIn): Promise<SendResult<CheckInOutcome>> {
  retryErrors.delete(item.idempotencyKey);
  try {
    const response = await api.checkIn(
      {
        code: item.code,
        scannedAt: item.scannedAt,
        ...(item.location ? { location: item.location } : {}),
      },
      item.idempotencyKey,
    );
    return { kind: 'done', value: { kind: 'success', response, key: item.idempotencyKey } };
  } catch (e) {
    if (!(e instanceof ApiError) || e.offline) return { kind: 'retry', reason: 'offline' };
    if (isDefinitiveStatus(e.status))
      return { kind: 'done', value: { kind: 'rejected', error: e, key: item.idempotencyKey } };
    retryErrors.set(item.idempotencyKey, e);
    return {
      kind: 'retry',
      reason: e.status === 429 ? 'rate_limited' : e.status === 401 ? 'unauthenticated' : 'server',
      retryAfterMs: e.retryAfterSec !== undefined ? e.retryAfterSec * 1000 : undefined,
    };
  }
}

/**
 * Checks in for a scanned code now. The scan is written to the queue before anything is sent,
 * so closing the app mid-request loses nothing; retries reuse its idempotency key.
 */
export async function checkInNow(
  code: string,
  location?: ReportedLocation,
): Promise<CheckInOutcome> {
  if (!mayQueue(code)) return checkInOnline(code, location);
  const item = queue.add({
    idempotencyKey: newIdempotencyKey(),
    code,
    scannedAt: new Date().toISOString(),
    ...(location ? { location } : {}),
  });
  queueEvents.emit({ type: 'changed' });
  const result = await queue.sendOne(item, sendItem);
  queueEvents.emit({ type: 'changed' });
  if (result.kind === 'done') {
    queueEvents.emit({ type: 'resolved', outcome: result.value });
    return result.value;
  }
  if (result.kind === 'busy') return { kind: 'queued', item, reason: 'offline' };
  scheduleRetry(result.retryAfterMs);
  const error = retryErrors.get(item.idempotencyKey);
  retryErrors.delete(item.idempotencyKey);
  return { kind: 'queued', item, reason: result.reason, ...(error ? { error } : {}) };
}

/** A rotating code is sent once, never queued: without an answer now, the visitor is told why. */
async function checkInOnline(code: string, location?: ReportedLocation): Promise<CheckInOutcome> {
  const item: QueuedCheckIn = {
    idempotencyKey: newIdempotencyKey(),
    code,
    scannedAt: new Date().toISOString(),
    attempts: 0,
    ...(location ? { location } : {}),
  };
  const result = await sendItem(item);
  retryErrors.delete(item.idempotencyKey);
  if (result.kind === 'done') {
    queueEvents.emit({ type: 'resolved', outcome: result.value });
    return result.value;
  }
  const error = new ApiError({
    status: 0,
    code: 'NETWORK',
    message: ROTATING_CODE_OFFLINE_MESSAGE,
  });
  return { kind: 'rejected', error, key: item.idempotencyKey };
}

let retryTimer: ReturnType<typeof setTimeout> | null = null;

function scheduleRetry(afterMs = 15_000): void {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = setTimeout(
    () => {
      retryTimer = null;
      void syncQueue();
    },
    Math.max(2_000, afterMs),
  );
}

/** Sends everything queued; safe to call often (concurrent calls share one run). */
export async function syncQueue(): Promise<number> {
  if (queue.size() === 0) return 0;
  const report = await queue.flush(sendItem);
  for (const { item, value } of report.sent) {
    rememberSynced(item, value);
    queueEvents.emit({ type: 'resolved', outcome: value });
  }
  queueEvents.emit({ type: 'changed' });
  if (report.sent.length > 0) {
    const ok = report.sent.filter((s) => s.value.kind === 'success').length;
    void Taro.showToast({
      title:
        ok === report.sent.length
          ? `已提交 ${ok} 条离线打卡`
          : `离线打卡已处理 ${report.sent.length} 条`,
      icon: 'none',
    });
  }
  if (report.remaining > 0) scheduleRetry(report.stoppedBy?.retryAfterMs);
  return report.sent.length;
}

let started = false;

/** Retries on every hint that the network is back: connectivity events, app show, a timer. */
export function startOfflineSync(): void {
  if (started) return;
  started = true;
  Taro.onNetworkStatusChange((res) => {
    if (res.isConnected) void syncQueue();
  });
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    window.addEventListener('online', () => {
      void syncQueue();
    });
  }
  setInterval(() => {
    if (queue.size() > 0) void syncQueue();
  }, 30_000);
  void syncQueue();
}
