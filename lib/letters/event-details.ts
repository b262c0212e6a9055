import { documentTexts } from "@/lib/documents/labels";
import { formatInZone, zoneLabel } from "@/lib/time";

// The event's facts as a letter states them, always on the event's own clock: "Selasa s.d. Jumat,
// 24–27 September 2024", "Pukul 08.00 s.d. 16.00 WIB", the venue without repeating the city.

export interface LetterEvent {
  title: string;
  theme: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string;
  venueRoom: string | null;
  venueAddress: string | null;
  venueCity: string | null;
}

/** "Ballroom, Hotel …, Kawasan Taman Palem …, Jakarta Barat" without repeating the city: as the ticket shows it. */
export { venueLine } from "@/lib/tickets/display";

const weekday = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("id-ID", { weekday: "long", timeZone }).format(instant);
const days = (start: Date, end: Date, timeZone: string) =>
  new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone, calendar: "gregory", numberingSystem: "latn" }).formatRange(start, end);
const clock = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(instant);

/** "Jumat, 27 September 2024", or over several days "Selasa s.d. Jumat, 24–27 September 2024". */
export function dayLine(event: Pick<LetterEvent, "startsAt" | "endsAt" | "timeZone">): string {
  const first = formatInZone(event.startsAt, event.timeZone, "id", "date");
  if (first === formatInZone(event.endsAt, event.timeZone, "id", "date")) return first;
  return documentTexts("letters.document")("dayRange", { first: weekday(event.startsAt, event.timeZone), last: weekday(event.endsAt, event.timeZone), days: days(event.startsAt, event.endsAt, event.timeZone) });
}

/** "Pukul 08.00 s.d. 16.00 WIB" (each day), with the zone of the event's venue. */
export function timeLine(event: Pick<LetterEvent, "startsAt" | "endsAt" | "timeZone">): string {
  return documentTexts("letters.document")("timeLine", { start: clock(event.startsAt, event.timeZone), end: clock(event.endsAt, event.timeZone), zone: zoneLabel(event.timeZone, event.startsAt) });
}

/** "1 Desember 2026" of a letter's calendar day (stored as a date without time). */
export function letterDateLine(day: string): string {
  return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
