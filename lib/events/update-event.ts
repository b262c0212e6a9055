import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/zod";
import { countSeatsTaken, lockEvent } from "./lock-event";
import { reachOf } from "./reach";
import { eventFormSchema, toEventData, type EventFormInput } from "./schema";

export interface UpdateEventOptions {
  actor: Actor | null;
  eventId: string;
  input: EventFormInput;
}

export async function updateEvent({ actor, eventId, input }: UpdateEventOptions): Promise<{ id: string; slug: string }> {
  const organizer = authorize(actor, "event:manage");
  const data = toEventData(parseInput(eventFormSchema, input));
  try {
    return await db.$transaction(async (tx) => {
      // Refuses an archived event (read_only).
      await lockEvent(tx, eventId, reachOf(organizer, "event:manage"));
      const taken = await countSeatsTaken(tx, eventId);
      if (data.capacity < taken) {
        throw invalidField("capacity", "events.errors.capacityBelowRegistered", { capacity: data.capacity, registered: taken });
      }
      const sameSlug = await tx.event.findFirst({ where: { slug: data.slug, NOT: { id: eventId } }, select: { id: true } });
      if (sameSlug) throw invalidField("slug", "events.errors.slugTaken");

      const before = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
      const after = await tx.event.update({ where: { id: eventId }, data });
      await recordAudit(tx, { actor: organizer, action: "event.update", entityType: "Event", entityId: eventId, eventId, before, after });
      return { id: after.id, slug: after.slug };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalidField("slug", "events.errors.slugTaken");
    }
    throw error;
  }
}
