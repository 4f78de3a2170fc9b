import type { Role } from '../domain';
import type { PageQuery } from './paging';
import type { RegionWithAncestors } from './regions';

/** `GET /api/auth/me`: who is signed in, with names for the header of every page. */
export interface MeResponse {
  id: string;
  username: string;
  role: Exclude<Role, 'visitor'>;
  displayName: string;
  /** A password someone else set: only `POST /api/auth/password` works until it is changed. */
  mustChangePassword: boolean;
  venue: { id: string; name: string; status: string } | null;
  region: RegionWithAncestors | null;
}

/** `POST /api/auth/password`: the new password must differ and be 8–128 characters. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface AccountDto {
  id: string;
  username: string;
  displayName: string;
  role: Exclude<Role, 'visitor'>;
  venueId: string | null;
  venueName: string | null;
  regionCode: string | null;
  regionFullName: string;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  version: number;
}

/**
 * `POST /api/accounts` (organizers): staff for a venue in the caller's subtree, or an organizer
 * for a region strictly below the caller's. The server makes a temporary password, shown once.
 */
export type CreateAccountRequest =
  | { role: 'staff'; username: string; displayName: string; venueId: string }
  | { role: 'organizer'; username: string; displayName: string; regionCode: string };

export interface AccountWithPasswordResponse {
  account: AccountDto;
  /** Shown once; the holder must change it at first sign-in. */
  temporaryPassword: string;
}

export interface AccountQuery extends PageQuery {
  /** Part of the username or display name. */
  q?: string;
  role?: 'staff' | 'organizer';
  venueId?: string;
  region?: string;
  disabled?: boolean;
}

/** `POST /api/accounts/:id/disable`, `/enable`, `/reset-password`. */
export interface AccountActionRequest {
  version: number;
}
