import "server-only";
import { formatRangeInZone } from "@/lib/time";
import type { AttendanceMode } from "@/lib/generated/prisma/enums";
import { venueLine, type VenueParts } from "./display";
import { mailSafeName } from "./mail-safe-name";
import { ticketTranslator } from "./messages";

export type TicketEmailStatus = "CONFIRMED" | "WAITLISTED" | "PENDING";

export interface TicketEmailInput extends VenueParts {
  name: string;
  status: TicketEmailStatus;
  attendanceMode: AttendanceMode;
  eventTitle: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  link: string;
}

export const TICKET_EMAIL_KINDS: Record<TicketEmailStatus, string> = {
  CONFIRMED: "registration-confirmed",
  WAITLISTED: "registration-waitlisted",
  PENDING: "registration-pending",
};

/**
 * The mail a participant gets when registered: Bahasa Indonesia, then a short English paragraph.
 * Plain text, so it reads the same forwarded into WhatsApp. A confirmed participant gets their
 * ticket; a waitlisted or pending one is told plainly that they do not have a seat yet. Of what the
 * registrant typed only the name appears, made safe by mailSafeName: the rest is the organizer's.
 */
export function ticketEmail(input: TicketEmailInput): { subject: string; text: string; kind: string } {
  const tId = ticketTranslator("id", "tickets.email");
  const tEn = ticketTranslator("en", "tickets.email");
  const venue = venueLine(input);
  const whenId = formatRangeInZone(input.startsAt, input.endsAt, input.timeZone, "id");
  const whenEn = formatRangeInZone(input.startsAt, input.endsAt, input.timeZone, "en");
  const values = { event: input.eventTitle, name: mailSafeName(input.name), venue, zone: input.timeZone, link: input.link };
  const text = [
    tId("greeting", values),
    "",
    tId(`intro${input.status}`, values),
    "",
    tId("when", { ...values, when: whenId }),
    tId("where", values),
    input.attendanceMode === "ONLINE" ? tId("online") : null,
    "",
    tId(`link${input.status}`),
    input.link,
    "",
    tId("private"),
    "",
    "—",
    tEn(`summary${input.status}`, { ...values, when: whenEn }),
  ]
    .filter((line) => line !== null)
    .join("\n");
  return { subject: tId(`subject${input.status}`, values), text, kind: TICKET_EMAIL_KINDS[input.status] };
}

/** The mail to a registrant whose registration the organizer rejected, with the organizer's reason. */
export function rejectionEmail(input: { name: string; eventTitle: string; reason: string }): { subject: string; text: string; kind: string } {
  const tId = ticketTranslator("id", "tickets.email");
  const tEn = ticketTranslator("en", "tickets.email");
  const values = { event: input.eventTitle, name: mailSafeName(input.name), reason: input.reason };
  const text = [tId("greeting", values), "", tId("introREJECTED", values), "", "—", tEn("summaryREJECTED", values)].join("\n");
  return { subject: tId("subjectREJECTED", values), text, kind: "registration-rejected" };
}
