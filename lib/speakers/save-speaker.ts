import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { changesArePublic, lockAgendaEvent } from "@/lib/agenda/agenda-event";
import { parseInput } from "@/lib/validation/zod";
import { speakerFormSchema, type SpeakerFormInput } from "./schema";

export interface SaveSpeakerOptions {
  actor: Actor | null;
  eventId: string;
  /** Absent to add a speaker. */
  speakerId?: string;
  input: SpeakerFormInput;
}

const withoutPhoto = { photo: true } as const;

/** Adds a speaker or changes their details; after publication a new name changes their sessions. */
export async function saveSpeaker({ actor, eventId, speakerId, input }: SaveSpeakerOptions): Promise<{ id: string; event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  const data = parseInput(speakerFormSchema, input);
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const before = speakerId ? await tx.speaker.findFirst({ where: { id: speakerId, eventId }, omit: withoutPhoto }) : null;
    if (speakerId && !before) throw new AppError("not_found");
    const after = before
      ? await tx.speaker.update({ where: { id: before.id }, data, omit: withoutPhoto })
      : await tx.speaker.create({ data: { ...data, eventId }, omit: withoutPhoto });
    if (before && (before.name !== after.name || before.title !== after.title) && changesArePublic(event)) {
      await tx.agendaSession.updateMany({ where: { speakers: { some: { speakerId: after.id } } }, data: { sequence: { increment: 1 } } });
    }
    await recordAudit(tx, {
      actor: organizer,
      action: before ? "speaker.update" : "speaker.create",
      entityType: "Speaker",
      entityId: after.id,
      eventId,
      before: before ?? undefined,
      after,
    });
    return { id: after.id, event: { id: event.id, slug: event.slug } };
  });
}
