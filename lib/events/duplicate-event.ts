import "server-only";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInZone } from "@/lib/time";
import { parseInput } from "@/lib/validation/zod";
import { duplicateEventSchema, type DuplicateEventInput } from "./schema";

export interface DuplicateEventOptions {
  actor: Actor | null;
  eventId: string;
  input: DuplicateEventInput;
}

/**
 * A new draft like an earlier event: venue, settings, rooms, tracks, the agenda's sessions and the
 * invited units with their seats. Every date moves by the same amount as the start; participants,
 * speakers, check-ins and the audit trail stay with the original.
 */
export async function duplicateEvent({ actor, eventId, input }: DuplicateEventOptions): Promise<{ id: string }> {
  const organizer = authorize(actor, "event:manage");
  const organizationId = organizationScope(organizer, "event:manage");
  const values = parseInput(duplicateEventSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      // The copy stays in the source's organisation, which must be the actor's.
      const source = await tx.event.findFirst({
        where: { id: eventId, organizationId },
        include: { rooms: true, tracks: true, sessions: true, quotas: true },
      });
      if (!source) throw new AppError("not_found");
      const startsAt = parseInZone(values.startsAt, source.timeZone);
      if (!startsAt) throw invalidField("startsAt", "validation.dateTime");
      if (await tx.event.findUnique({ where: { slug: values.slug }, select: { id: true } })) {
        throw invalidField("slug", "events.errors.slugTaken");
      }
      const shift = startsAt.getTime() - source.startsAt.getTime();
      const moved = (date: Date) => new Date(date.getTime() + shift);

      const { id: _id, createdAt: _c, updatedAt: _u, rooms, tracks, sessions, quotas, ...fields } = source;
      const copy = await tx.event.create({
        data: {
          ...fields,
          title: values.title,
          slug: values.slug,
          status: "DRAFT",
          createdById: organizer.userId,
          startsAt: moved(source.startsAt),
          endsAt: moved(source.endsAt),
          registrationOpensAt: moved(source.registrationOpensAt),
          registrationClosesAt: moved(source.registrationClosesAt),
        },
      });
      const roomIds = new Map<string, string>();
      for (const room of rooms) {
        const created = await tx.room.create({ data: { eventId: copy.id, name: room.name, capacity: room.capacity, sortOrder: room.sortOrder } });
        roomIds.set(room.id, created.id);
      }
      const trackIds = new Map<string, string>();
      for (const track of tracks) {
        const created = await tx.track.create({ data: { eventId: copy.id, name: track.name, color: track.color } });
        trackIds.set(track.id, created.id);
      }
      await tx.agendaSession.createMany({
        data: sessions.map((s) => ({
          eventId: copy.id,
          title: s.title,
          kind: s.kind,
          description: s.description,
          startsAt: moved(s.startsAt),
          endsAt: moved(s.endsAt),
          roomId: s.roomId ? (roomIds.get(s.roomId) ?? null) : null,
          trackId: s.trackId ? (trackIds.get(s.trackId) ?? null) : null,
          capacity: s.capacity,
        })),
      });
      await tx.unitQuota.createMany({ data: quotas.map((q) => ({ eventId: copy.id, unitId: q.unitId, seats: q.seats })) });
      await recordAudit(tx, {
        actor: organizer,
        action: "event.duplicate",
        entityType: "Event",
        entityId: copy.id,
        eventId: copy.id,
        after: { from: source.id, title: copy.title, slug: copy.slug, sessions: sessions.length, units: quotas.length },
      });
      return { id: copy.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalidField("slug", "events.errors.slugTaken");
    }
    throw error;
  }
}
