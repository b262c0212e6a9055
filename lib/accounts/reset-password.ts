import "server-only";
import { endUserSessions } from "@/lib/auth/user-sessions";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { enforceRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { parseInput } from "@/lib/validation/zod";
import { findPasswordReset, refuseUnusable } from "./account-link-records";
import { newPasswordFormSchema } from "./schema";

export interface ResetPasswordOptions {
  token: string;
  password: string;
  passwordConfirmation: string;
  ip: string;
  now?: Date;
}

/**
 * Public: the link's token is the credential. Sets the new password and ends every session of the
 * account, wherever it is signed in (whoever asked for the reset may be locking someone out). The
 * link is consumed by a conditional update, so of two simultaneous uses one succeeds; an expired,
 * used or retired link changes nothing and says which it is.
 */
export async function resetPassword(options: ResetPasswordOptions): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  await enforceRateLimits([{ policy: "account-link:ip", key: options.ip || "unknown" }], { now });
  const reset = await findPasswordReset(options.token, now);
  refuseUnusable(reset);
  const { password } = parseInput(newPasswordFormSchema, { password: options.password, passwordConfirmation: options.passwordConfirmation });
  // bcrypt takes a quarter of a second: done before the transaction opens.
  const passwordHash = await hashPassword(password);

  return db.$transaction(async (tx) => {
    const consumed = await tx.passwordResetToken.updateMany({
      where: { id: reset.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    // Used or retired since it was read, or its account deactivated: nothing is changed.
    if (consumed.count === 0) throw invalidField("_form", "accounts.links.used");
    const changed = await tx.user.updateMany({ where: { id: reset.userId, active: true }, data: { passwordHash } });
    if (changed.count === 0) throw invalidField("_form", "accounts.links.unknown");
    await tx.passwordResetToken.updateMany({ where: { userId: reset.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const ended = await endUserSessions(tx, reset.userId);
    await recordAudit(tx, { actor: { userId: reset.userId }, action: "account.password.reset", entityType: "User", entityId: reset.userId, after: { sessionsEnded: ended } });
    return { email: reset.email };
  });
}
