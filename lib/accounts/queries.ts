import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { findEmailChange, findPasswordReset } from "./account-link-records";
import type { AccountLinkStatus } from "./account-links";
import { languageSchema } from "./schema";

/** The signed-in user's own account, for the account page. */
export async function getAccount(actor: Actor | null, now: Date = new Date()) {
  const { userId } = authorize(actor, "account:manage");
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      locale: true,
      emailChanges: { where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, take: 1, select: { newEmail: true } },
    },
  });
  return {
    name: user.name,
    email: user.email,
    locale: languageSchema.safeParse(user.locale).data ?? null,
    pendingEmail: user.emailChanges[0]?.newEmail ?? null,
  };
}

export type AccountLinkView = { status: AccountLinkStatus | "unknown"; email: string | null };

/** Public: what a "forgot password" link is worth, for its page (the token is the credential). */
export async function getPasswordResetLink(token: string, now: Date = new Date()): Promise<AccountLinkView> {
  const reset = await findPasswordReset(token, now);
  return reset ? { status: reset.status, email: reset.status === "usable" ? reset.email : null } : { status: "unknown", email: null };
}

/** Public: what a link confirming a new address is worth, for its page. */
export async function getEmailChangeLink(token: string, now: Date = new Date()): Promise<AccountLinkView> {
  const change = await findEmailChange(token, now);
  return change ? { status: change.status, email: change.status === "usable" ? change.newEmail : null } : { status: "unknown", email: null };
}
