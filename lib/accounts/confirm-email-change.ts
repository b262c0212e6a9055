import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField, refused } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { enforceRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { findEmailChange, refuseUnusable } from "./account-link-records";

export interface ConfirmEmailChangeOptions {
  token: string;
  ip: string;
  now?: Date;
}

/**
 * Public: the link's token, mailed to the new address, is the proof that its reader owns that
 * address. From now on the account signs in with it. Single use; an address taken in the meantime
 * by another account is refused and the link stays as it was.
 */
export async function confirmEmailChange(options: ConfirmEmailChangeOptions): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  await enforceRateLimits([{ policy: "account-link:ip", key: options.ip || "unknown" }], { now });
  const change = await findEmailChange(options.token, now);
  refuseUnusable(change);
  try {
    return await db.$transaction(async (tx) => {
      const consumed = await tx.emailChangeRequest.updateMany({
        where: { id: change.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (consumed.count === 0) throw invalidField("_form", "accounts.links.used");
      const before = await tx.user.findUniqueOrThrow({ where: { id: change.userId }, select: { email: true } });
      await tx.user.update({ where: { id: change.userId }, data: { email: change.newEmail }, select: { id: true } });
      await tx.emailChangeRequest.updateMany({ where: { userId: change.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
      await recordAudit(tx, {
        actor: { userId: change.userId },
        action: "account.email.change",
        entityType: "User",
        entityId: change.userId,
        before: { email: before.email },
        after: { email: change.newEmail },
      });
      return { email: change.newEmail };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw refused("email_taken", "_form", "accounts.errors.emailTaken");
    }
    throw error;
  }
}
