import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { lockAgendaEvent } from "./agenda-event";

export interface DeleteTrackOptions {
  actor: Actor | null;
  eventId: string;
  trackId: string;
}

/** Removes a track no session uses. */
export async function deleteTrack({ actor, eventId, trackId }: DeleteTrackOptions): Promise<{ event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const track = await tx.track.findFirst({ where: { id: trackId, eventId }, include: { _count: { select: { sessions: true } } } });
    if (!track) throw new AppError("not_found");
    if (track._count.sessions > 0) throw invalidField("_form", "agenda.errors.trackInUse", { count: track._count.sessions });
    await tx.track.delete({ where: { id: trackId } });
    await recordAudit(tx, { actor: organizer, action: "agenda.track.delete", entityType: "Track", entityId: trackId, eventId, before: track });
    return { event: { id: event.id, slug: event.slug } };
  });
}
