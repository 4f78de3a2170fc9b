import { rotationSlot, type DisplayCode, type DisplayCodeResponse } from '@xinghuo/shared';

/**
 * The rotating-code screen's decisions, without timers: which code to show now, when to switch,
 * when to ask again, and what to tell people when asking fails. Each answer carries the current
 * and the next slot's code, so the switch at the slot's end needs no request (no gap) and one
 * failed poll never blanks the screen.
 */
export interface ScreenState {
  codes: DisplayCode[];
  checkpointName: string;
  venueName: string;
  /** Server clock minus this device's clock, from the last answer: a TV's clock may be off. */
  offsetMs: number;
  lastOkAt: number | null;
  /** The last poll's failure, cleared by the next answer. */
  failure: FailureKind | null;
}

export type FailureKind = 'network' | 'revoked' | 'unknown' | 'not-rotating' | 'busy';

export const POLL_MS = 5_000;
/** Asking again this soon after failing: the note shows, the code stays while it is valid. */
export const RETRY_MS = 3_000;

export const INITIAL_SCREEN: ScreenState = {
  codes: [],
  checkpointName: '',
  venueName: '',
  offsetMs: 0,
  lastOkAt: null,
  failure: null,
};

export function withAnswer(state: ScreenState, res: DisplayCodeResponse, now: number): ScreenState {
  const serverNow = Date.parse(res.serverTime);
  return {
    codes: [res.current, res.next],
    checkpointName: res.checkpointName,
    venueName: res.venueName,
    offsetMs: Number.isFinite(serverNow) ? serverNow - now : state.offsetMs,
    lastOkAt: now,
    failure: null,
  };
}

/** The HTTP status of a failed poll, as the note on screen: 0 is no answer at all. */
export function failureOf(status: number): FailureKind {
  if (status === 410) return 'revoked';
  if (status === 404) return 'unknown';
  if (status === 409) return 'not-rotating';
  if (status === 0) return 'network';
  return 'busy';
}

export function withFailure(state: ScreenState, kind: FailureKind): ScreenState {
  // A link that was revoked or never existed must stop showing codes at once.
  const final = kind === 'revoked' || kind === 'unknown' || kind === 'not-rotating';
  return { ...state, failure: kind, codes: final ? [] : state.codes };
}

/** The code of the slot the server is in now; null when none we hold is current. */
export function shownCode(state: ScreenState, now: number): DisplayCode | null {
  const slot = rotationSlot(now + state.offsetMs);
  return state.codes.find((c) => rotationSlot(Date.parse(c.validFrom)) === slot) ?? null;
}

/** Milliseconds until the shown code changes (the current slot's end, in this device's clock). */
export function msUntilSwitch(state: ScreenState, now: number): number | null {
  const code = shownCode(state, now);
  if (!code) return null;
  return Math.max(0, Date.parse(code.refreshAt) - (now + state.offsetMs));
}

/** Seconds left of the shown code, for the countdown. */
export function secondsLeft(state: ScreenState, now: number): number | null {
  const ms = msUntilSwitch(state, now);
  return ms === null ? null : Math.ceil(ms / 1000);
}

/** When to poll next: soon after a failure, else on the usual beat. */
export function nextPollMs(state: ScreenState): number {
  return state.failure ? RETRY_MS : POLL_MS;
}

export type ScreenNote =
  { tone: 'none' } | { tone: 'warn'; text: string } | { tone: 'stop'; title: string; text: string };

/** What the screen says besides the code. */
export function screenNote(state: ScreenState, now: number): ScreenNote {
  switch (state.failure) {
    case 'revoked':
      return { tone: 'stop', title: '此大屏链接已停用', text: '请联系场馆工作人员重新设置' };
    case 'unknown':
      return {
        tone: 'stop',
        title: '无效的大屏链接',
        text: '请检查链接是否完整，或联系场馆工作人员',
      };
    case 'not-rotating':
      return {
        tone: 'stop',
        title: '此打卡点已改为印刷二维码',
        text: '请扫描现场张贴的二维码海报',
      };
  }
  if (state.lastOkAt === null) {
    return state.failure
      ? { tone: 'stop', title: '无法获取二维码', text: '请检查网络连接，正在重试…' }
      : { tone: 'none' };
  }
  if (!shownCode(state, now)) {
    return {
      tone: 'stop',
      title: '二维码暂时无法更新',
      text: '网络连接中断，恢复后自动显示新的二维码',
    };
  }
  if (state.failure) return { tone: 'warn', text: '网络不稳定，二维码刷新失败，正在重试…' };
  return { tone: 'none' };
}
