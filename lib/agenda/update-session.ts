import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { changesArePublic, lockAgendaEvent } from "./agenda-event";
import { sessionFormSchema, type SessionFormInput } from "./schema";
import { findConflicts, speakerRows, toSessionData, type SaveSessionResult, type SessionData } from "./session-input";

export interface UpdateSessionOptions {
  actor: Actor | null;
  eventId: string;
  sessionId: string;
  input: SessionFormInput;
  /** Save despite the warnings the organizer was shown. Without it, a conflict writes nothing. */
  confirmWarnings?: boolean;
}

// What a participant's calendar would see; saving the form unchanged is not a change.
const snapshot = (s: SessionData) =>
  JSON.stringify([s.title, s.kind, s.description, s.startsAt.getTime(), s.endsAt.getTime(), s.roomId, s.trackId, s.capacity, s.speakers]);

export async function updateSession({ actor, eventId, sessionId, input, confirmWarnings = false }: UpdateSessionOptions): Promise<SaveSessionResult> {
  const organizer = authorize(actor, "agenda:manage");
  const values = parseInput(sessionFormSchema, input);
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const before = await tx.agendaSession.findFirst({
      where: { id: sessionId, eventId },
      include: { speakers: { orderBy: { sortOrder: "asc" }, select: { speakerId: true, role: true } } },
    });
    if (!before) throw new AppError("not_found");
    const data = await toSessionData(tx, event, values);
    const warnings = await findConflicts(tx, event, { ...data, id: sessionId, cancelled: before.cancelled });
    if (warnings.length && !confirmWarnings) return { status: "warnings", warnings, timeZone: event.timeZone };

    const changed = snapshot(data) !== snapshot({ ...before, speakers: before.speakers });
    if (changed) {
      const { speakers, ...fields } = data;
      await tx.sessionSpeaker.deleteMany({ where: { sessionId } });
      await tx.agendaSession.update({
        where: { id: sessionId },
        data: {
          ...fields,
          sequence: changesArePublic(event) ? { increment: 1 } : undefined,
          speakers: { create: speakerRows(speakers) },
        },
      });
      await recordAudit(tx, {
        actor: organizer,
        action: "agenda.session.update",
        entityType: "AgendaSession",
        entityId: sessionId,
        eventId,
        before,
        after: { ...data, warnings: warnings.map((w) => w.kind) },
      });
    }
    return { status: "saved", id: sessionId, event: { id: event.id, slug: event.slug } };
  });
}
