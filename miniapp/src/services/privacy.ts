import Taro from '@tarojs/taro';
import { Emitter } from '../lib/emitter';
import { openPrivacy } from './nav';

type Resolve = (option: {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  buttonId?: string;
}) => void;

/** WeChat asks for consent when a privacy API (getLocation…) runs before the visitor agreed. */
export const privacyRequests = new Emitter<void>();
let pending: Resolve | null = null;

/** The button id our consent dialog uses; WeChat checks that this button was really tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree-btn';

export function initPrivacy(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve;
    resolve({ event: 'exposureAuthorization' });
    privacyRequests.emit();
  });
}

export function hasPendingPrivacyRequest(): boolean {
  return pending !== null;
}

export function answerPrivacy(agree: boolean): void {
  const r = pending;
  pending = null;
  if (!r) return;
  r(agree ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
}

export function openPrivacyContract(): void {
  if (process.env.TARO_ENV === 'weapp' && typeof Taro.openPrivacyContract === 'function') {
    Taro.openPrivacyContract({});
    return;
  }
  openPrivacy();
}
