/**
 * Request number → (visitor, checkpoint). Visitors cycle fastest and each new round shifts the
 * checkpoint by one, so neighbouring requests hit different checkpoints (and venues) and no pair
 * repeats until every visitor has scanned every checkpoint once.
 */
export function pairOf(
  index: number,
  visitors: number,
  checkpoints: number,
): { visitor: number; checkpoint: number } {
  if (index >= visitors * checkpoints) {
    throw new Error(`request ${index} would repeat a visitor/checkpoint pair; seed more visitors`);
  }
  const visitor = index % visitors;
  const round = Math.floor(index / visitors);
  return { visitor, checkpoint: (visitor + round) % checkpoints };
}

/** Unique per request and within the 8–64 characters of [A-Za-z0-9_-] the API accepts. */
export function idempotencyKey(index: number): string {
  return `bench-${index.toString().padStart(10, '0')}`;
}

/** What a phone sends: the full URL for scans with the camera, the bare token for a `scene`. */
export function scannedCode(publicBaseUrl: string, token: string, checkpoint: number): string {
  return checkpoint % 2 === 0 ? `${publicBaseUrl}/q/${token}` : token;
}
