import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { changesArePublic, lockAgendaEvent } from "./agenda-event";

export interface CancelSessionOptions {
  actor: Actor | null;
  eventId: string;
  sessionId: string;
  /** false restores a cancelled session. */
  cancelled: boolean;
}

/**
 * Marks a session cancelled but keeps it, so the public agenda and participants' calendars show
 * it as cancelled instead of silently dropping it.
 */
export async function cancelSession({ actor, eventId, sessionId, cancelled }: CancelSessionOptions): Promise<{ event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  const wanted = parseInput(z.boolean(), cancelled);
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const before = await tx.agendaSession.findFirst({ where: { id: sessionId, eventId }, select: { id: true, cancelled: true, sequence: true } });
    if (!before) throw new AppError("not_found");
    if (before.cancelled !== wanted) {
      const after = await tx.agendaSession.update({
        where: { id: sessionId },
        data: { cancelled: wanted, sequence: changesArePublic(event) ? { increment: 1 } : undefined },
        select: { id: true, cancelled: true, sequence: true },
      });
      await recordAudit(tx, {
        actor: organizer,
        action: wanted ? "agenda.session.cancel" : "agenda.session.restore",
        entityType: "AgendaSession",
        entityId: sessionId,
        eventId,
        before,
        after,
      });
    }
    return { event: { id: event.id, slug: event.slug } };
  });
}
