import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { assertEventWritable } from "@/lib/events/writable-event";
import { reachOf } from "@/lib/events/reach";
import { parseInput } from "@/lib/validation/zod";
import { letterFormSchema, type LetterFormInput } from "./schema";

export interface SaveLetterOptions {
  actor: Actor | null;
  eventId: string;
  input: LetterFormInput;
}

/** Stores the event's surat undangan as the organiser filled it in (one letter per event). */
export async function saveLetter({ actor, eventId, input }: SaveLetterOptions): Promise<{ eventId: string }> {
  const organizer = authorize(actor, "event:manage");
  const { letterDate, ...fields } = parseInput(letterFormSchema, input);
  const data = { ...fields, letterDate: new Date(`${letterDate}T00:00:00Z`), updatedByName: organizer.name ?? null };
  return inTransaction(async (tx) => {
    // Not found outside the organiser's organisations; refused (read_only) once archived.
    await assertEventWritable(tx, eventId, reachOf(organizer, "event:manage"));
    const before = await tx.eventLetter.findUnique({ where: { eventId }, omit: { createdAt: true, updatedAt: true } });
    const after = await tx.eventLetter.upsert({ where: { eventId }, create: { ...data, eventId }, update: data, omit: { createdAt: true, updatedAt: true } });
    await recordAudit(tx, { actor: organizer, action: "event.letter", entityType: "Event", entityId: eventId, eventId, before: before ?? undefined, after });
    return { eventId };
  });
}
