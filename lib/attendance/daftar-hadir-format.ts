import { zoneLabel } from "@/lib/time";
import { dayKeyToDate } from "./days";

// How the daftar hadir writes days and times: Indonesian, on the event's clock, "08.12".

const clocks = new Map<string, Intl.DateTimeFormat>();

/** "08.12" on the event's clock (no zone label: the sheet's header names the zone once). */
export function clockTime(at: Date, timeZone: string): string {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
    clocks.set(timeZone, format);
  }
  return format.format(at);
}

const LONG_DATE = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "12 Maret 2024", as the sign-off dates a sheet (after the city). */
export function longDate(day: string): string {
  return LONG_DATE.format(new Date(dayKeyToDate(day).getTime() + 12 * 3_600_000));
}

/** "08.00–16.00 WIB". */
export function hoursLine(hours: { start: Date; end: Date }, timeZone: string): string {
  return `${clockTime(hours.start, timeZone)}–${clockTime(hours.end, timeZone)} ${zoneLabel(timeZone, hours.start)}`;
}
