import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { ticketEmail, type TicketEmailStatus } from "./ticket-email";
import { ticketLink } from "./token";

type Tx = Pick<Prisma.TransactionClient, "registration" | "outboxEmail">;

const isMailed = (status: string): status is TicketEmailStatus => status === "CONFIRMED" || status === "WAITLISTED" || status === "PENDING";

/**
 * Queues the registration mail with the ticket link, inside the caller's transaction, so the mail
 * exists exactly when the registration does. Nothing is queued for a registration without an
 * email address or no longer active. Returns whether a mail was queued.
 */
export async function enqueueTicketEmail(tx: Tx, options: { registrationId: string; baseUrl: string }): Promise<boolean> {
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: options.registrationId },
    select: {
      name: true,
      email: true,
      status: true,
      attendanceMode: true,
      ticketToken: true,
      eventId: true,
      event: { select: { title: true, startsAt: true, endsAt: true, timeZone: true, venueName: true, venueRoom: true, venueAddress: true, venueCity: true } },
    },
  });
  const { email, status, event } = registration;
  if (!email || !isMailed(status)) return false;
  const mail = ticketEmail({
    name: registration.name,
    status,
    attendanceMode: registration.attendanceMode,
    eventTitle: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    venueName: event.venueName,
    venueRoom: event.venueRoom,
    venueAddress: event.venueAddress,
    venueCity: event.venueCity,
    link: ticketLink(options.baseUrl, registration.ticketToken),
  });
  await enqueueEmail(tx, { to: email, subject: mail.subject, text: mail.text, kind: mail.kind, eventId: registration.eventId });
  return true;
}
