import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { parseInput } from "@/lib/validation/zod";
import { pressReleaseSchema, type PressReleaseInput } from "./schema";

export interface SavePressReleaseOptions {
  actor: Actor | null;
  eventId: string;
  input: PressReleaseInput;
}

/** Keeps Humas's edited siaran pers for the event; the downloads print it from now on. */
export async function savePressRelease({ actor, eventId, input }: SavePressReleaseOptions): Promise<{ changed: boolean }> {
  const organizer = authorize(actor, "event:manage");
  const text = parseInput(pressReleaseSchema, input);
  return inTransaction(async (tx) => {
    await assertEventWritable(tx, eventId, reachOf(organizer, "event:manage"));
    const before = await tx.pressRelease.findUnique({ where: { eventId }, select: { title: true, body: true } });
    if (before && before.title === text.title && before.body === text.body) return { changed: false };
    await tx.pressRelease.upsert({ where: { eventId }, create: { eventId, ...text }, update: text });
    await recordAudit(tx, { actor: organizer, action: "press.save", entityType: "PressRelease", entityId: eventId, eventId, before, after: text });
    return { changed: true };
  });
}
