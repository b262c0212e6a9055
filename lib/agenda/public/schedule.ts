import { zonedDayKey, zoneLabel, type TimeLocale } from "@/lib/time";

// Pure helpers shared by the server pages and the agenda page's browser script (lib/agenda/light):
// which day a session is on in a given zone, what is on now and next, and how a session's time
// reads. No server imports.

interface Timed {
  id: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

export interface AgendaDay<T> {
  /** "2024-09-24": the calendar day in the zone shown. */
  key: string;
  sessions: T[];
}

/**
 * Sessions grouped by the day they start on in `timeZone`: a 23:30 WIB session is on the next day
 * when shown in WITA (00:30). Days and sessions in time order.
 */
export function groupByDay<T extends Timed>(sessions: readonly T[], timeZone: string): AgendaDay<T>[] {
  const days = new Map<string, T[]>();
  const sorted = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const session of sorted) {
    const key = zonedDayKey(new Date(session.startsAt), timeZone);
    const list = days.get(key);
    if (list) list.push(session);
    else days.set(key, [session]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ key, sessions: list }));
}

/**
 * What runs at `now` and what starts next (every session sharing the earliest later start).
 * Cancelled sessions are neither. Outside the event both sets are empty but "next" before it starts.
 */
export function nowAndNext(sessions: readonly Timed[], now: Date): { now: Set<string>; next: Set<string> } {
  const t = now.getTime();
  const live = sessions.filter((s) => !s.cancelled);
  const current = new Set(live.filter((s) => Date.parse(s.startsAt) <= t && t < Date.parse(s.endsAt)).map((s) => s.id));
  const upcoming = live.filter((s) => Date.parse(s.startsAt) > t);
  const firstStart = Math.min(...upcoming.map((s) => Date.parse(s.startsAt)));
  const next = new Set(upcoming.filter((s) => Date.parse(s.startsAt) === firstStart).map((s) => s.id));
  return { now: current, next };
}

/** The day to open first: today's tab during the event, otherwise the first day. */
export function initialDayKey(dayKeys: readonly string[], now: Date | null, timeZone: string): string | undefined {
  if (now) {
    const today = zonedDayKey(now, timeZone);
    if (dayKeys.includes(today)) return today;
  }
  return dayKeys[0];
}

const INTL_LOCALE: Record<TimeLocale, string> = { id: "id-ID", en: "en-GB" };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: TimeLocale, timeZone: string, kind: "time" | "day" | "dayLong"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions =
      kind === "time"
        ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
        : kind === "day"
          ? { weekday: "short", day: "numeric", month: "short" }
          : { weekday: "long", day: "numeric", month: "long", year: "numeric" };
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone, calendar: "gregory", numberingSystem: "latn" });
    formatters.set(key, cached);
  }
  return cached;
}

/** "09.00–09.30 WIB" (Indonesian) or "09:00–09:30 WIB" on the clock of `timeZone`. */
export function formatSessionTime(startsAt: string, endsAt: string, timeZone: string, locale: TimeLocale): string {
  const start = new Date(startsAt);
  const time = formatter(locale, timeZone, "time");
  return `${time.format(start)}–${time.format(new Date(endsAt))} ${zoneLabel(timeZone, start)}`;
}

// A day key is already a date on the zone's calendar, so it is named on UTC's calendar, where that
// date's midnight is exactly that date whatever the zone was.

/** A day tab's label, "Sel, 24 Sep", for a day key ("2024-09-24"). */
export function formatDayTab(dayKey: string, locale: TimeLocale): string {
  return formatter(locale, "UTC", "day").format(new Date(`${dayKey}T00:00:00Z`));
}

/** A tab's two lines: "Sel" and "24 Sep". */
export function formatDayTabParts(dayKey: string, locale: TimeLocale): { weekday: string; date: string } {
  const parts = formatter(locale, "UTC", "day").formatToParts(new Date(`${dayKey}T00:00:00Z`));
  const weekday = parts.find((p) => p.type === "weekday")?.value ?? "";
  const date = parts.filter((p) => p.type === "day" || p.type === "month").map((p) => p.value).join(" ");
  return { weekday, date };
}

/** "Selasa, 24 September 2024". */
export function formatDayLong(dayKey: string, locale: TimeLocale): string {
  return formatter(locale, "UTC", "dayLong").format(new Date(`${dayKey}T00:00:00Z`));
}
