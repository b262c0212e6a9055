import { zonedDayKey } from "@/lib/time";

const DAY_MS = 86_400_000;

const nextDay = (key: string) => new Date(Date.parse(`${key}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * The calendar days ("yyyy-MM-dd") an agenda is shown by, on the event's clock: every day of the
 * event, plus any other day a session starts on (so a misplaced session is never hidden), sorted.
 */
export function agendaDays(event: { startsAt: Date; endsAt: Date; timeZone: string }, sessionStarts: readonly Date[]): { key: string; inEvent: boolean }[] {
  const first = zonedDayKey(event.startsAt, event.timeZone);
  const last = zonedDayKey(new Date(event.endsAt.getTime() - 1), event.timeZone);
  const keys = new Set<string>();
  for (let key = first; key <= last && keys.size < 60; key = nextDay(key)) keys.add(key);
  for (const start of sessionStarts) keys.add(zonedDayKey(start, event.timeZone));
  return [...keys].sort().map((key) => ({ key, inEvent: key >= first && key <= last }));
}

/** Noon UTC of a day key: an instant that falls on that calendar day for formatting as a date in UTC. */
export const dayKeyInstant = (key: string) => new Date(`${key}T12:00:00Z`);
