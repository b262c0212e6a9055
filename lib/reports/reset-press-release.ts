import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";

export interface ResetPressReleaseOptions {
  actor: Actor | null;
  eventId: string;
}

/** Forgets the edited siaran pers, so the editor and the downloads show the template again. */
export async function resetPressRelease({ actor, eventId }: ResetPressReleaseOptions): Promise<{ changed: boolean }> {
  const organizer = authorize(actor, "event:manage");
  return inTransaction(async (tx) => {
    await assertEventWritable(tx, eventId, reachOf(organizer, "event:manage"));
    const before = await tx.pressRelease.findUnique({ where: { eventId }, select: { title: true, body: true } });
    if (!before) return { changed: false };
    await tx.pressRelease.delete({ where: { eventId } });
    await recordAudit(tx, { actor: organizer, action: "press.reset", entityType: "PressRelease", entityId: eventId, eventId, before });
    return { changed: true };
  });
}
