import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { parseInput } from "@/lib/validation/zod";
import { attendanceSignOffSchema, type AttendanceSignOffValues } from "./sign-off-schema";

export interface SetAttendanceSignOffOptions {
  actor: Actor | null;
  eventId: string;
  input: AttendanceSignOffValues;
}

const FIELDS = ["roleLines", "name", "nip", "place"] as const;

/** Who signs off the event's daftar hadir; a save without a change writes nothing. */
export async function setAttendanceSignOff(options: SetAttendanceSignOffOptions): Promise<{ changed: boolean }> {
  const actor = authorize(options.actor, "event:manage");
  const signOff = parseInput(attendanceSignOffSchema, options.input);
  return inTransaction(async (tx) => {
    await assertEventWritable(tx, options.eventId, reachOf(actor, "event:manage"));
    const current = await tx.attendanceSignOff.findUnique({ where: { eventId: options.eventId }, select: { roleLines: true, name: true, nip: true, place: true } });
    const changed = FIELDS.filter((field) => current?.[field] !== signOff[field]);
    if (current && changed.length === 0) return { changed: false };
    await tx.attendanceSignOff.upsert({ where: { eventId: options.eventId }, create: { eventId: options.eventId, ...signOff }, update: signOff });
    await recordAudit(tx, {
      actor,
      action: "event.signoff.set",
      entityType: "Event",
      entityId: options.eventId,
      eventId: options.eventId,
      before: current ? Object.fromEntries(changed.map((f) => [f, current[f]])) : null,
      after: Object.fromEntries(changed.map((f) => [f, signOff[f]])),
    });
    return { changed: true };
  });
}
