import "server-only";
import { createInvitationToken, hashInvitationToken, isWellFormedInvitationToken } from "@/lib/invitations/token";

// The account's own links (a password reset, a new address to confirm) are made like invitation
// links: 128 random bits in the link, only their SHA-256 in the database.

export const createAccountToken = createInvitationToken;
export const hashAccountToken = hashInvitationToken;
export const isWellFormedAccountToken = isWellFormedInvitationToken;

export type AccountLinkStatus = "usable" | "used" | "revoked" | "expired";

/** What a stored link is worth now. */
export function accountLinkStatus(link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): AccountLinkStatus {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  return link.expiresAt > now ? "usable" : "expired";
}

export const passwordResetLink = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, "")}/reset/${token}`;
export const emailChangeLink = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, "")}/account/email/${token}`;
