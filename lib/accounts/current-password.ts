import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { PasswordCheckBusy, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { enforceRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { refundRateLimits } from "@/lib/rate-limit/refund-rate-limit";

/**
 * The account page's proof that the person at the keyboard is the account's owner, not someone
 * who found the session open: the current password, checked against a limit per account (only
 * failures count). Refuses at the form's `currentPassword` field.
 */
export async function checkCurrentPassword(actor: Actor, password: string, now: Date): Promise<void> {
  const hit = { policy: "current-password:account", key: actor.userId } as const;
  await enforceRateLimits([hit], { now });
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  let matches = false;
  try {
    matches = Boolean(user?.passwordHash) && (await verifyPassword(password, user!.passwordHash!));
  } catch (error) {
    if (!(error instanceof PasswordCheckBusy)) throw error;
    await refundRateLimits([hit], { now });
    throw new AppError("rate_limited", { minutes: 1 });
  }
  if (!matches) throw invalidField("currentPassword", "accounts.errors.currentPasswordWrong");
  await refundRateLimits([hit], { now });
}
