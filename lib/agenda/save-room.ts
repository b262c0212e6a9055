import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { changesArePublic, lockAgendaEvent } from "./agenda-event";
import { roomFormSchema, type RoomFormInput } from "./schema";

export interface SaveRoomOptions {
  actor: Actor | null;
  eventId: string;
  /** Absent to add a room. */
  roomId?: string;
  input: RoomFormInput;
}

/** Adds or renames a room. A rename after publication is a change to every session held in it. */
export async function saveRoom({ actor, eventId, roomId, input }: SaveRoomOptions): Promise<{ id: string; event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  const data = parseInput(roomFormSchema, input);
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const sameName = await tx.room.findFirst({ where: { eventId, name: { equals: data.name, mode: "insensitive" }, ...(roomId ? { NOT: { id: roomId } } : {}) } });
    if (sameName) throw invalidField("name", "agenda.errors.roomNameTaken");
    const before = roomId ? await tx.room.findFirst({ where: { id: roomId, eventId } }) : null;
    if (roomId && !before) throw new AppError("not_found");

    const room = before ? await tx.room.update({ where: { id: before.id }, data }) : await tx.room.create({ data: { ...data, eventId } });
    if (before && before.name !== room.name && changesArePublic(event)) {
      await tx.agendaSession.updateMany({ where: { roomId: room.id }, data: { sequence: { increment: 1 } } });
    }
    await recordAudit(tx, {
      actor: organizer,
      action: before ? "agenda.room.update" : "agenda.room.create",
      entityType: "Room",
      entityId: room.id,
      eventId,
      before: before ?? undefined,
      after: room,
    });
    return { id: room.id, event: { id: event.id, slug: event.slug } };
  });
}
