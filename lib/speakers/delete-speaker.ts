import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { changesArePublic, lockAgendaEvent } from "@/lib/agenda/agenda-event";

export interface DeleteSpeakerOptions {
  actor: Actor | null;
  eventId: string;
  speakerId: string;
}

/** Removes a speaker and their place in sessions; those sessions count as changed once public. */
export async function deleteSpeaker({ actor, eventId, speakerId }: DeleteSpeakerOptions): Promise<{ event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const before = await tx.speaker.findFirst({
      where: { id: speakerId, eventId },
      omit: { photo: true },
      include: { sessions: { select: { sessionId: true, role: true } } },
    });
    if (!before) throw new AppError("not_found");
    if (changesArePublic(event) && before.sessions.length) {
      await tx.agendaSession.updateMany({ where: { id: { in: before.sessions.map((s) => s.sessionId) } }, data: { sequence: { increment: 1 } } });
    }
    await tx.speaker.delete({ where: { id: speakerId } });
    await recordAudit(tx, { actor: organizer, action: "speaker.delete", entityType: "Speaker", entityId: speakerId, eventId, before });
    return { event: { id: event.id, slug: event.slug } };
  });
}
