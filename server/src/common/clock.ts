export const CLOCK = Symbol('CLOCK');

/** Where the app reads the time, so a test can hold it still inside one minute or one QR slot. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
