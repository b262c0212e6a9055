import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";

export interface ClearAttendanceSignOffOptions {
  actor: Actor | null;
  eventId: string;
}

/** The event's daftar hadir prints without a sign-off from now on; nothing to remove writes nothing. */
export async function clearAttendanceSignOff(options: ClearAttendanceSignOffOptions): Promise<{ changed: boolean }> {
  const actor = authorize(options.actor, "event:manage");
  return inTransaction(async (tx) => {
    await assertEventWritable(tx, options.eventId, reachOf(actor, "event:manage"));
    const current = await tx.attendanceSignOff.findUnique({ where: { eventId: options.eventId }, select: { id: true, roleLines: true, name: true, nip: true, place: true } });
    if (!current) return { changed: false };
    await tx.attendanceSignOff.delete({ where: { id: current.id } });
    const { id: _id, ...before } = current;
    await recordAudit(tx, { actor, action: "event.signoff.clear", entityType: "Event", entityId: options.eventId, eventId: options.eventId, before });
    return { changed: true };
  });
}
