import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { lockAgendaEvent } from "./agenda-event";

export interface DeleteSessionOptions {
  actor: Actor | null;
  eventId: string;
  sessionId: string;
}

/**
 * Removes a session for good. Sessions with check-ins are evidence of attendance and are refused;
 * after publication, cancelling is the better choice and the editor offers it first.
 */
export async function deleteSession({ actor, eventId, sessionId }: DeleteSessionOptions): Promise<{ event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const before = await tx.agendaSession.findFirst({
      where: { id: sessionId, eventId },
      include: { speakers: { select: { speakerId: true, role: true } }, _count: { select: { checkIns: true } } },
    });
    if (!before) throw new AppError("not_found");
    if (before._count.checkIns > 0) throw invalidField("_form", "agenda.errors.hasCheckIns");
    await tx.agendaSession.delete({ where: { id: sessionId } });
    await recordAudit(tx, { actor: organizer, action: "agenda.session.delete", entityType: "AgendaSession", entityId: sessionId, eventId, before });
    return { event: { id: event.id, slug: event.slug } };
  });
}
