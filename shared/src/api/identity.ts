import type { Role } from '../domain';

export interface WechatLoginRequest {
  code: string;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface SessionPrincipal {
  role: Role;
  /** Visitor id or account id. */
  id: string;
  displayName: string | null;
  /** Staff only: the one venue they act on. */
  venueId?: string;
  /** Organizers only: the root of the region subtree they act on. */
  regionCode?: string;
}

export interface SessionResponse {
  token: string;
  expiresAt: string;
  /**
   * From this time on the token is past half its life: a visitor's client trades it for a fresh
   * one with `POST /api/auth/refresh` (staff and organizer tokens are not renewed).
   */
  refreshAfter: string;
  principal: SessionPrincipal;
  /** Staff and organizers whose password someone else set: change it before anything else. */
  mustChangePassword?: boolean;
}
