import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { enforceRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { parseInput } from "@/lib/validation/zod";
import { PASSWORD_RESET_EMAIL_KIND, passwordResetEmail } from "./account-email";
import { createAccountToken, passwordResetLink } from "./account-links";
import { forgotPasswordFormSchema, RESET_LINK_MINUTES } from "./schema";

export interface RequestPasswordResetOptions {
  email: string;
  /** The caller's address (lib/http/client-ip). */
  ip: string;
  baseUrl: string;
  /** The language of the page the request came from; the account's own choice comes first. */
  locale?: Locale;
  now?: Date;
}

/**
 * Public. Mails a single-use link to set a new password, valid 60 minutes, if the address belongs
 * to an active account; otherwise does nothing. Either way the caller learns nothing: the answer is
 * the same (no way to find out who has an account). Each request counts against the caller's
 * address and against the address asked for, whether or not it exists, so the limits say nothing
 * either. A new link retires the ones sent before it.
 */
export async function requestPasswordReset(options: RequestPasswordResetOptions): Promise<void> {
  const now = options.now ?? new Date();
  const { email } = parseInput(forgotPasswordFormSchema, { email: options.email });
  await enforceRateLimits(
    [
      { policy: "password-reset:ip", key: options.ip || "unknown" },
      { policy: "password-reset:account", key: email },
    ],
    { now },
  );
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, active: true, locale: true } });
  if (!user?.active) return;

  const { token, tokenHash } = createAccountToken();
  const mail = passwordResetEmail({ locale: resolveLocale(user.locale ?? options.locale), name: user.name, link: passwordResetLink(options.baseUrl, token) });
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) },
      select: { id: true },
    });
    await enqueueEmail(tx, { to: email, subject: mail.subject, text: mail.text, kind: PASSWORD_RESET_EMAIL_KIND });
    await recordAudit(tx, { actor: null, action: "account.password.forgot", entityType: "User", entityId: user.id, after: { resetId: created.id } });
  });
}
