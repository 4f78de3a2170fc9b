import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CheckInRequest } from '@xinghuo/shared';
import { ValidationError } from '../common/app-error';

const MAX_CODE_LENGTH = 512;
const MAX_ACCURACY_M = 100_000;
/**
 * The instants a scan time may name at all. The rules refuse anything but the last few days
 * (SCAN_TIME_INVALID, recorded); this bound keeps values PostgreSQL cannot store (year 0,
 * past 9999) out of the writer, where one would fail its whole batch.
 */
const SCANNED_AT_MIN = Date.UTC(2000, 0, 1);
const SCANNED_AT_MAX = Date.UTC(2100, 0, 1);

/** The request body as OpenAPI shows it; `parseCheckInRequest` enforces the same rules. */
export class CheckInLocationDto {
  @ApiProperty({ example: 39.63, minimum: -90, maximum: 90 })
  lat: number;

  @ApiProperty({ example: 118.18, minimum: -180, maximum: 180 })
  lng: number;

  @ApiPropertyOptional({
    description: 'Reported accuracy in metres',
    minimum: 0,
    maximum: MAX_ACCURACY_M,
  })
  accuracyM?: number;
}

export class CheckInDto implements CheckInRequest {
  @ApiProperty({
    description: 'The scanned text: `{PUBLIC_BASE_URL}/q/{token}` or the bare token',
    minLength: 1,
    maxLength: MAX_CODE_LENGTH,
  })
  code: string;

  @ApiPropertyOptional({
    description:
      'ISO 8601 scan time with a zone (Z or ±hh:mm), for offline replays; years 2000–2099',
    example: '2025-09-20T02:30:00.000Z',
  })
  scannedAt?: string;

  @ApiPropertyOptional({ type: CheckInLocationDto })
  location?: CheckInLocationDto;
}

const BODY_FIELDS = new Set(['code', 'scannedAt', 'location']);
const LOCATION_FIELDS = new Set(['lat', 'lng', 'accuracyM']);
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

const invalid = (field: string, message: string) =>
  new ValidationError(field, `${field}: ${message}`);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuseUnknown(value: Record<string, unknown>, known: Set<string>, parent = ''): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      const field = parent ? `${parent}.${key}` : key;
      throw invalid(field, `property ${field} should not exist`);
    }
  }
}

function number(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(field, `${field} must be a number`);
  }
  if (value < min || value > max) throw invalid(field, `${field} must be within ${min}…${max}`);
  return value;
}

/** A real calendar date-time with a zone: "2025-02-30T…" and zone-less local times are refused. */
export function isZonedDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The check-in body, checked by hand rather than by the class-validator pipe: this is the
 * hottest route, and the pipe's reflection and copying cost more than the rest of the parsing.
 * Same contract as every other route: unknown fields are refused, errors name the field.
 */
export function parseCheckInRequest(body: unknown): CheckInRequest {
  if (!isPlainObject(body)) throw invalid('body', 'the body must be a JSON object');
  refuseUnknown(body, BODY_FIELDS);
  const { code, scannedAt, location } = body;
  if (typeof code !== 'string') throw invalid('code', 'code must be a string');
  if (code.length < 1 || code.length > MAX_CODE_LENGTH) {
    throw invalid('code', `code must be 1–${MAX_CODE_LENGTH} characters`);
  }
  const request: CheckInRequest = { code };
  if (scannedAt !== undefined) {
    if (typeof scannedAt !== 'string' || !isZonedDateTime(scannedAt)) {
      throw invalid('scannedAt', 'scannedAt must be an ISO 8601 date-time with a zone');
    }
    const at = Date.parse(scannedAt);
    if (at < SCANNED_AT_MIN || at >= SCANNED_AT_MAX) {
      throw invalid('scannedAt', 'scannedAt must be between 2000 and 2099');
    }
    request.scannedAt = scannedAt;
  }
  if (location !== undefined) {
    if (!isPlainObject(location)) throw invalid('location', 'location must be an object');
    refuseUnknown(location, LOCATION_FIELDS, 'location');
    request.location = {
      lat: number(location.lat, 'location.lat', -90, 90),
      lng: number(location.lng, 'location.lng', -180, 180),
      ...(location.accuracyM === undefined
        ? {}
        : { accuracyM: number(location.accuracyM, 'location.accuracyM', 0, MAX_ACCURACY_M) }),
    };
  }
  return request;
}
