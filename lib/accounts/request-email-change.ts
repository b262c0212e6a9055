import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField, refused } from "@/lib/errors/app-error";
import { resolveLocale } from "@/lib/i18n/locales";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { parseInput } from "@/lib/validation/zod";
import { EMAIL_CHANGE_EMAIL_KIND, emailChangeEmail } from "./account-email";
import { createAccountToken, emailChangeLink } from "./account-links";
import { checkCurrentPassword } from "./current-password";
import { EMAIL_CHANGE_LINK_HOURS, emailChangeFormSchema } from "./schema";

export interface RequestEmailChangeOptions {
  actor: Actor | null;
  email: string;
  currentPassword: string;
  baseUrl: string;
  now?: Date;
}

/**
 * The signed-in user asks to sign in with another address. Nothing changes until the link mailed
 * to the new address is opened (confirmEmailChange), so a typo cannot lock the owner out. The
 * current password is asked for: an open session alone must not be able to move the account to
 * an address whose mail a stranger reads. A newer request retires the ones before it.
 */
export async function requestEmailChange(options: RequestEmailChangeOptions): Promise<{ email: string }> {
  const actor = authorize(options.actor, "account:manage");
  const now = options.now ?? new Date();
  const input = parseInput(emailChangeFormSchema, { email: options.email, currentPassword: options.currentPassword });
  if (input.email === actor.email.toLowerCase()) throw invalidField("email", "accounts.errors.sameEmail");
  await checkCurrentPassword(actor, input.currentPassword, now);
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw refused("email_taken", "email", "accounts.errors.emailTaken");

  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, locale: true } });
  const { token, tokenHash } = createAccountToken();
  const mail = emailChangeEmail({ locale: resolveLocale(user.locale), name: user.name, email: input.email, link: emailChangeLink(options.baseUrl, token) });
  await db.$transaction(async (tx) => {
    await tx.emailChangeRequest.updateMany({ where: { userId: actor.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.emailChangeRequest.create({
      data: { userId: actor.userId, newEmail: input.email, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LINK_HOURS * 3_600_000) },
      select: { id: true },
    });
    await enqueueEmail(tx, { to: input.email, subject: mail.subject, text: mail.text, kind: EMAIL_CHANGE_EMAIL_KIND });
    await recordAudit(tx, { actor, action: "account.email.request", entityType: "User", entityId: actor.userId, after: { requestId: created.id, email: input.email } });
  });
  return { email: input.email };
}
