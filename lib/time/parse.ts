import {
  offsetMsAt,
  pad,
  requireTimeZone,
  sameWallClock,
  wallClockAsUtcMs,
  wallClockAt,
  type WallClock,
} from "./wall-clock";

// What <input type="datetime-local"> submits; seconds appear when the input's step is under a minute.
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

const DAY_MS = 24 * 60 * 60 * 1000;

function readLocalDateTime(value: string): WallClock | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const clock: WallClock = { year, month, day, hour, minute, second };
  // Date rolls 30 February over into March; a real calendar date survives the round trip unchanged.
  const probe = new Date(wallClockAsUtcMs(clock));
  const roundTrip: WallClock = {
    year: probe.getUTCFullYear(),
    month: probe.getUTCMonth() + 1,
    day: probe.getUTCDate(),
    hour: probe.getUTCHours(),
    minute: probe.getUTCMinutes(),
    second: probe.getUTCSeconds(),
  };
  return sameWallClock(clock, roundTrip) ? clock : null;
}

/**
 * Reads a datetime-local value ("2024-09-24T08:00") on the clock of `timeZone` — the event's zone,
 * never the server's or the browser's — and returns the UTC instant.
 *
 * Returns null when the text is not a real wall-clock time: malformed, an impossible date
 * ("2024-02-30T08:00"), or a time skipped by a daylight-saving jump (02:30 on the morning
 * Europe/Berlin springs forward). A time that occurs twice when clocks fall back resolves to
 * the first occurrence. Indonesian zones have neither case.
 *
 * Throws RangeError for an unknown time zone: that is a programming error, not bad user input.
 */
export function parseInZone(localDateTime: string, timeZone: string): Date | null {
  requireTimeZone(timeZone);
  const wall = readLocalDateTime(localDateTime);
  if (!wall) return null;
  const wallAsUtc = wallClockAsUtcMs(wall);
  // The offsets a day either side cover both sides of any single transition near this time.
  const offsets = new Set([
    offsetMsAt(new Date(wallAsUtc - DAY_MS), timeZone),
    offsetMsAt(new Date(wallAsUtc + DAY_MS), timeZone),
  ]);
  const matches = [...offsets]
    .map((offset) => wallAsUtc - offset)
    .filter((candidate) => sameWallClock(wallClockAt(new Date(candidate), timeZone), wall))
    .sort((a, b) => a - b);
  const first = matches[0];
  return first === undefined ? null : new Date(first);
}

/** "yyyy-MM-ddTHH:mm" on the clock of `timeZone`, for the value of a datetime-local input. */
export function toZonedInputValue(instant: Date, timeZone: string): string {
  const clock = wallClockAt(instant, timeZone);
  return `${zonedDay(clock)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/**
 * The calendar day ("yyyy-MM-dd") of `instant` in `timeZone`. Attendance is per day of the event's
 * zone: 23:30 WIB on 24 September is already 25 September in Makassar.
 */
export function zonedDayKey(instant: Date, timeZone: string): string {
  return zonedDay(wallClockAt(instant, timeZone));
}

function zonedDay(clock: WallClock): string {
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}
