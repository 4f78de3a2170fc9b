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
  principal: SessionPrincipal;
  /** Staff and organizers whose password someone else set: change it before anything else. */
  mustChangePassword?: boolean;
}
