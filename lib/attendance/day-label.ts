import { formatInZone, type TimeLocale } from "@/lib/time";
import { dayKeyToDate } from "./days";

// A day key shown as the date it names, whatever zone reads it: noon UTC is that date everywhere
// from UTC−11 to UTC+11.
const noon = (day: string) => new Date(dayKeyToDate(day).getTime() + 12 * 3_600_000);

/** "Selasa, 12 Maret 2024". */
export function dayLabel(day: string, locale: TimeLocale = "id"): string {
  return formatInZone(noon(day), "UTC", locale, "date");
}

const SHORT: Record<TimeLocale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat("id-ID", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }),
};

/** "Sel, 12 Mar": for a phone's narrow day picker. */
export function shortDayLabel(day: string, locale: TimeLocale = "id"): string {
  return SHORT[locale].format(noon(day));
}
