import { zonedDayKey } from "@/lib/time";

// Attendance is counted per calendar day of the event's zone. Days travel as "yyyy-MM-dd" keys and
// are stored in DATE columns, which Prisma hands over as midnight UTC. No server imports: the
// scanner page uses these too.

export const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function dayKeyToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every day the event runs on, in its own zone, from the first to the last. */
export function eventDays(startsAt: Date, endsAt: Date, timeZone: string): string[] {
  const last = zonedDayKey(endsAt, timeZone);
  const days: string[] = [];
  for (let day = dayKeyToDate(zonedDayKey(startsAt, timeZone)); days.length < 60; day = new Date(day.getTime() + 86_400_000)) {
    days.push(dateToDayKey(day));
    if (days.at(-1)! >= last) break;
  }
  return days;
}

/** Today in the event's zone when the event runs today, otherwise its first day. */
export function defaultEventDay(days: readonly string[], now: Date, timeZone: string): string {
  const today = zonedDayKey(now, timeZone);
  return days.includes(today) ? today : (days[0] ?? today);
}
