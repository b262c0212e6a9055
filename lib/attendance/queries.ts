import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ticketCode } from "@/lib/tickets/ticket-code";
import { dateToDayKey, eventDays } from "./days";
import { doorReach, scanEventFor } from "./scan-context";

/** The events a door staff member (or organizer) may scan for, soonest first, for /checkin. */
export async function listDoorEvents(actor: Actor | null) {
  const allowed = authorize(actor, "checkin:scan");
  // An organiser's list is their organisations' running events; a door role adds its own event.
  const { organizing, assigned } = doorReach(allowed);
  return db.event.findMany({
    where: { OR: [{ organizationId: { in: organizing }, status: { in: ["PUBLISHED", "CLOSED", "FINISHED"] } }, { id: { in: assigned } }] },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, endsAt: true, timeZone: true, venueName: true },
    take: 50,
  });
}

/**
 * Everything the scanner keeps on the device to work offline: the event, its days and sessions,
 * every registration with its printed ticket code (a one-way hash: the device can match a scanned
 * token without holding any token), and who is already checked in.
 */
export async function getScannerData(actor: Actor | null, eventId: string) {
  const { event: scan } = await scanEventFor(actor, eventId);
  const [event, registrations, checkIns, sessions] = await Promise.all([
    db.event.findUniqueOrThrow({
      where: { id: scan.id },
      select: { id: true, title: true, timeZone: true, startsAt: true, endsAt: true, venueName: true, requireSignature: true },
    }),
    db.registration.findMany({
      where: { eventId: scan.id },
      orderBy: { name: "asc" },
      select: { id: true, name: true, nip: true, position: true, status: true, ticketToken: true, unit: { select: { name: true } } },
    }),
    db.checkIn.findMany({
      where: { eventId: scan.id },
      select: { id: true, registrationId: true, day: true, scope: true, checkedInAt: true, device: true, checkedInBy: { select: { name: true } } },
    }),
    db.agendaSession.findMany({
      where: { eventId: scan.id, cancelled: false },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true, startsAt: true },
    }),
  ]);
  return {
    event: { ...event, days: eventDays(event.startsAt, event.endsAt, event.timeZone) },
    sessions,
    participants: registrations.map(({ ticketToken, unit, ...r }) => ({ ...r, unitName: unit?.name ?? null, code: ticketCode(ticketToken) })),
    checkIns: checkIns.map(({ day, checkedInBy, ...c }) => ({ ...c, day: dateToDayKey(day), byName: checkedInBy?.name ?? null })),
  };
}

export type ScannerData = Awaited<ReturnType<typeof getScannerData>>;
