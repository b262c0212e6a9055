import "server-only";
import { eventInReach, type Reach } from "@/lib/events/reach";
import { AppError } from "@/lib/errors/app-error";
import { refuseArchived } from "@/lib/events/writable-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventStatus } from "@/lib/generated/prisma/enums";

export interface AgendaEvent {
  id: string;
  slug: string;
  status: EventStatus;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Locks the event row for the rest of the transaction, so two organizers saving sessions at once
 * check conflicts one after the other. An archived event is read-only.
 */
export async function lockAgendaEvent(tx: Prisma.TransactionClient, eventId: string, reach: Reach): Promise<AgendaEvent> {
  const rows = await tx.$queryRaw<AgendaEvent[]>`
    SELECT "id", "slug", "status"::text AS "status", "timeZone", "startsAt", "endsAt"
    FROM "Event" WHERE "id" = ${eventId} AND ${eventInReach(reach)} FOR UPDATE`;
  const event = rows[0];
  if (!event) throw new AppError("not_found");
  refuseArchived(event);
  return event;
}

/** Once the agenda is public, every change is a new iCalendar SEQUENCE so calendars pick it up. */
export const changesArePublic = (event: Pick<AgendaEvent, "status">): boolean => event.status !== "DRAFT";
