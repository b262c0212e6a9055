import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { endUserSessions } from "@/lib/auth/user-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/zod";
import { checkCurrentPassword } from "./current-password";
import { changePasswordFormSchema } from "./schema";

export interface ChangePasswordOptions {
  actor: Actor | null;
  currentPassword: string;
  password: string;
  passwordConfirmation: string;
  now?: Date;
}

/**
 * The signed-in user's new password, given the current one. This browser stays signed in; every
 * other session of the account ends, and any "forgot password" link still out is retired.
 */
export async function changePassword(options: ChangePasswordOptions): Promise<{ sessionsEnded: number }> {
  const actor = authorize(options.actor, "account:manage");
  const now = options.now ?? new Date();
  const input = parseInput(changePasswordFormSchema, {
    currentPassword: options.currentPassword,
    password: options.password,
    passwordConfirmation: options.passwordConfirmation,
  });
  await checkCurrentPassword(actor, input.currentPassword, now);
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash }, select: { id: true } });
    await tx.passwordResetToken.updateMany({ where: { userId: actor.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const sessionsEnded = await endUserSessions(tx, actor.userId, { except: actor.sessionToken });
    await recordAudit(tx, { actor, action: "account.password.change", entityType: "User", entityId: actor.userId, after: { sessionsEnded } });
    return { sessionsEnded };
  });
}
