// Instants for the demo event, which is held in Jakarta (WIB). WIB is a fixed UTC+7 with no daylight
// saving, so a fixed offset is exact and the result does not depend on the process's TZ.

const DAY_MS = 86_400_000;
const WIB_OFFSET_MS = 7 * 3_600_000;

export const DEMO_TIME_ZONE = "Asia/Jakarta";

/** A calendar day in WIB, counted in days since 1970-01-01. */
export type WibDay = number;

export function wibDayOf(instant: Date): WibDay {
  return Math.floor((instant.getTime() + WIB_OFFSET_MS) / DAY_MS);
}

/** The instant at which WIB clocks show `time` ("HH:MM") on `day`. */
export function wibAt(day: WibDay, time: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`expected HH:MM, got "${time}"`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return new Date(day * DAY_MS - WIB_OFFSET_MS + minutes * 60_000);
}

/** "YYYY-MM-DD HH:MM" on WIB clocks, for log lines. */
export function formatWib(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

export interface DemoSchedule {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
}

// Shaped like the 2024 meeting (four days, 24–27 September) but placed three weeks after the day of
// seeding, so a fresh demo always has registration open and the event ahead.
export function demoSchedule(now: Date): DemoSchedule {
  const today = wibDayOf(now);
  const firstDay = today + 21;
  return {
    startsAt: wibAt(firstDay, "08:00"),
    endsAt: wibAt(firstDay + 3, "16:00"),
    registrationOpensAt: wibAt(today - 7, "08:00"),
    registrationClosesAt: wibAt(firstDay - 7, "23:59"),
  };
}
