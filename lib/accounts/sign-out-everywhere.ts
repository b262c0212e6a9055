import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { endUserSessions } from "@/lib/auth/user-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";

export interface SignOutEverywhereOptions {
  actor: Actor | null;
}

/** Ends every session of the signed-in user, this one included: a lost phone, a shared computer. */
export async function signOutEverywhere(options: SignOutEverywhereOptions): Promise<{ sessionsEnded: number }> {
  const actor = authorize(options.actor, "account:manage");
  return db.$transaction(async (tx) => {
    const sessionsEnded = await endUserSessions(tx, actor.userId);
    await recordAudit(tx, { actor, action: "account.sessions.end", entityType: "User", entityId: actor.userId, after: { sessionsEnded } });
    return { sessionsEnded };
  });
}
