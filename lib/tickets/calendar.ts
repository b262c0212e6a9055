import "server-only";
import { createEvent, type EventAttributes } from "ics";
import { createHash } from "node:crypto";
import { zoneLabel, type TimeLocale } from "@/lib/time";
import { venueLine } from "./display";
import { ticketTranslator } from "./messages";
import type { Ticket } from "./queries";

export interface TicketCalendarInput {
  ticket: Ticket;
  token: string;
  ticketUrl: string;
  agendaUrl: string;
  locale: TimeLocale;
}

/**
 * The event as an iCalendar file with one VEVENT, in UTC so every calendar app puts it on the
 * right hour whatever the phone's zone. The UID is derived from the token (stable, so importing
 * twice updates the entry instead of doubling it, and it does not reveal the token itself).
 */
export function ticketCalendar(input: TicketCalendarInput): string {
  const { ticket, locale } = input;
  const { event } = ticket;
  const t = ticketTranslator(locale, "tickets.calendar");
  const uid = createHash("sha256").update(`rakor-ticket-uid:${input.token}`, "utf8").digest("hex").slice(0, 32);
  const description = [
    t("participant", { name: ticket.name }),
    ticket.attendanceMode === "ONLINE" ? t("online") : null,
    t("times", { label: zoneLabel(event.timeZone, event.startsAt), zone: event.timeZone }),
    "",
    t("ticket", { link: input.ticketUrl }),
    t("agenda", { link: input.agendaUrl }),
  ]
    .filter((line) => line !== null)
    .join("\n");
  const attributes: EventAttributes = {
    productId: "-//Rakor//Tiket//ID",
    method: "PUBLISH",
    uid: `ticket-${uid}@rakor`,
    title: event.title,
    description,
    location: venueLine(event),
    url: input.ticketUrl,
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: ticket.state === "valid" ? "CONFIRMED" : "TENTATIVE",
    busyStatus: "BUSY",
  };
  let { error, value } = createEvent(attributes);
  // The library refuses some addresses a site may run on (an IPv6 host, capitals in the name);
  // the link is in the description too, so the file is still worth having without URL.
  if (error) ({ error, value } = createEvent({ ...attributes, url: undefined }));
  if (error || !value) throw error ?? new Error("could not build the calendar file");
  return value;
}
