import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { lockAgendaEvent } from "./agenda-event";

export interface DeleteRoomOptions {
  actor: Actor | null;
  eventId: string;
  roomId: string;
}

/** Removes a room no session uses; sessions must be moved first, so none silently loses its place. */
export async function deleteRoom({ actor, eventId, roomId }: DeleteRoomOptions): Promise<{ event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const room = await tx.room.findFirst({ where: { id: roomId, eventId }, include: { _count: { select: { sessions: true } } } });
    if (!room) throw new AppError("not_found");
    if (room._count.sessions > 0) throw invalidField("_form", "agenda.errors.roomInUse", { count: room._count.sessions });
    await tx.room.delete({ where: { id: roomId } });
    await recordAudit(tx, { actor: organizer, action: "agenda.room.delete", entityType: "Room", entityId: roomId, eventId, before: room });
    return { event: { id: event.id, slug: event.slug } };
  });
}
