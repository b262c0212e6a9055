import "server-only";
import { db } from "@/lib/db";
import { maskNip } from "./display";
import { ticketCode } from "./ticket-code";
import { ticketState } from "./ticket-state";
import { isWellFormedTicketToken } from "./token";

/**
 * What /t/<token> shows. Public, with no actor: the 128-bit token in the link is the credential
 * (as for invitations). Selects only what the page needs: no ids, a partly hidden NIP, and none
 * of the person's contact details. Null for a token that is malformed or matches no ticket.
 */
export async function getTicket(token: string) {
  if (!isWellFormedTicketToken(token)) return null;
  const registration = await db.registration.findUnique({
    where: { ticketToken: token },
    select: {
      name: true,
      nip: true,
      position: true,
      status: true,
      attendanceMode: true,
      cancelReason: true,
      unit: { select: { name: true } },
      event: {
        select: {
          slug: true,
          title: true,
          theme: true,
          venueName: true,
          venueRoom: true,
          venueAddress: true,
          venueCity: true,
          venueMapUrl: true,
          timeZone: true,
          startsAt: true,
          endsAt: true,
          status: true,
        },
      },
    },
  });
  if (!registration) return null;
  const { nip, unit, cancelReason, ...rest } = registration;
  return {
    ...rest,
    // The organizer's reason is the registrant's to read only when their registration was rejected.
    rejectionReason: registration.status === "REJECTED" ? cancelReason : null,
    nipMasked: maskNip(nip),
    unitName: unit?.name ?? null,
    code: ticketCode(token),
    state: ticketState(registration.status),
  };
}

export type Ticket = NonNullable<Awaited<ReturnType<typeof getTicket>>>;
