import "server-only";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { accountLinkStatus, hashAccountToken, isWellFormedAccountToken, type AccountLinkStatus } from "./account-links";

// Finding what an account link's token opens, for the pages that show it and the operations that use it.

export interface PasswordResetRecord {
  id: string;
  userId: string;
  email: string;
  status: AccountLinkStatus;
}

export interface EmailChangeRecord {
  id: string;
  userId: string;
  newEmail: string;
  status: AccountLinkStatus;
}

/** The reset a link opens; null for a token that is not one of ours or whose account is inactive. */
export async function findPasswordReset(token: string, now: Date): Promise<PasswordResetRecord | null> {
  if (!isWellFormedAccountToken(token)) return null;
  const reset = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: { id: true, userId: true, usedAt: true, revokedAt: true, expiresAt: true, user: { select: { email: true, active: true } } },
  });
  if (!reset?.user.active) return null;
  return { id: reset.id, userId: reset.userId, email: reset.user.email, status: accountLinkStatus(reset, now) };
}

export async function findEmailChange(token: string, now: Date): Promise<EmailChangeRecord | null> {
  if (!isWellFormedAccountToken(token)) return null;
  const change = await db.emailChangeRequest.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: { id: true, userId: true, newEmail: true, usedAt: true, revokedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  if (!change?.user.active) return null;
  return { id: change.id, userId: change.userId, newEmail: change.newEmail, status: accountLinkStatus(change, now) };
}

/** Refuses a link that cannot be used, saying why in the reader's language. */
export function refuseUnusable<T extends { status: AccountLinkStatus }>(link: T | null): asserts link is T & { status: "usable" } {
  if (!link) throw invalidField("_form", "accounts.links.unknown");
  if (link.status !== "usable") throw invalidField("_form", `accounts.links.${link.status}`);
}
