import { formatInZone, type TimeLocale } from "@/lib/time";
import { dayKeyToDate } from "./days";

/** "Selasa, 12 Maret 2024" for a day key: the day itself, whatever zone reads it (noon UTC is that date everywhere from UTC−11 to UTC+11). */
export function dayLabel(day: string, locale: TimeLocale = "id"): string {
  return formatInZone(new Date(dayKeyToDate(day).getTime() + 12 * 3_600_000), "UTC", locale, "date");
}
