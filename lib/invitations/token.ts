import "server-only";
import { createHash, randomBytes } from "node:crypto";

// An invitation link carries 128 random bits; the database keeps only their SHA-256, so a copy
// of the invitation table opens no door. (The outbox keeps the mail as sent, link included, for
// organizers who pass it on by hand; resending replaces the token and so retires that link.)

export function createInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(16).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 16 bytes in base64url are 22 characters; anything else is not one of our links. */
export function isWellFormedInvitationToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(token);
}

export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}
