import { formatInZone, zoneLabel, type TimeLocale } from "@/lib/time";

const bareTime = (instant: Date, timeZone: string, locale: TimeLocale) => {
  const text = formatInZone(instant, timeZone, locale, "time");
  const label = ` ${zoneLabel(timeZone, instant)}`;
  return text.endsWith(label) ? text.slice(0, -label.length) : text;
};

/** "08.00–09.30 WIB": a session's times on the event's clock with the zone label once. */
export function sessionTimeRange(startsAt: Date, endsAt: Date, timeZone: string, locale: TimeLocale): string {
  return `${bareTime(startsAt, timeZone, locale)}–${bareTime(endsAt, timeZone, locale)} ${zoneLabel(timeZone, startsAt)}`;
}
