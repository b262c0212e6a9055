import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttendanceMode } from "@/lib/generated/prisma/enums";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { ticketEmail, type TicketEmailStatus } from "./ticket-email";
import { ticketLink } from "./token";

type Tx = Pick<Prisma.TransactionClient, "registration" | "outboxEmail">;

const isMailed = (status: string): status is TicketEmailStatus => status === "CONFIRMED" || status === "WAITLISTED" || status === "PENDING";

/** The event's details a ticket mail needs. */
export const TICKET_MAIL_EVENT_SELECT = {
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueName: true,
  venueRoom: true,
  venueAddress: true,
  venueCity: true,
} as const;

export interface TicketMailEvent {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string;
  venueRoom: string | null;
  venueAddress: string | null;
  venueCity: string | null;
}

export interface TicketMailPerson {
  name: string;
  status: TicketEmailStatus;
  attendanceMode: AttendanceMode;
  ticketToken: string;
}

/** The registration mail with the ticket link, for a person of an event. */
export function ticketMailFor(event: TicketMailEvent, person: TicketMailPerson, baseUrl: string) {
  return ticketEmail({
    name: person.name,
    status: person.status,
    attendanceMode: person.attendanceMode,
    eventTitle: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    venueName: event.venueName,
    venueRoom: event.venueRoom,
    venueAddress: event.venueAddress,
    venueCity: event.venueCity,
    link: ticketLink(baseUrl, person.ticketToken),
  });
}

/**
 * Queues the registration mail with the ticket link, inside the caller's transaction, so the mail
 * exists exactly when the registration does. Nothing is queued for a registration without an
 * email address or no longer active. Returns whether a mail was queued.
 */
export async function enqueueTicketEmail(tx: Tx, options: { registrationId: string; baseUrl: string }): Promise<boolean> {
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: options.registrationId },
    select: { name: true, email: true, status: true, attendanceMode: true, ticketToken: true, eventId: true, event: { select: TICKET_MAIL_EVENT_SELECT } },
  });
  const { email, status } = registration;
  if (!email || !isMailed(status)) return false;
  const mail = ticketMailFor(registration.event, { ...registration, status }, options.baseUrl);
  await enqueueEmail(tx, { to: email, subject: mail.subject, text: mail.text, kind: mail.kind, eventId: registration.eventId });
  return true;
}
