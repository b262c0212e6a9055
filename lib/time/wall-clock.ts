/** A reading of a clock on the wall in some time zone (Gregorian calendar, 24-hour). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Resolving builds an Intl.DateTimeFormat, too slow to repeat for every label on a page. Only exact
// canonical names are remembered, so arbitrary strings from requests cannot grow the set.
const knownCanonical = new Set<string>();

/**
 * The zone's name as Intl canonicalises it ("asia/jakarta" → "Asia/Jakarta"), or null if unknown.
 * Store this form so labels and option lists match it exactly.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (knownCanonical.has(timeZone)) return timeZone;
  const canonical = resolveTimeZone(timeZone);
  if (canonical === timeZone) knownCanonical.add(timeZone);
  return canonical;
}

function resolveTimeZone(timeZone: string): string | null {
  // Offsets like "+07:00" are accepted by newer engines but are not zones: they hide which region's clock is meant.
  if (timeZone === "" || /^[+-]/.test(timeZone)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The canonical name of a known zone, else RangeError. Caches key on it so spellings cannot multiply them. */
export function requireTimeZone(timeZone: string): string {
  const canonical = canonicalTimeZone(timeZone);
  if (canonical === null) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return canonical;
}

// Constructing Intl.DateTimeFormat is costly; a page renders many times in few zones.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(anyTimeZone: string): Intl.DateTimeFormat {
  const timeZone = requireTimeZone(anyTimeZone);
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    // en-US with latn digits and gregory calendar gives parseable numbers whatever the user's locale.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws RangeError for an unknown time zone or an invalid Date, as Intl does. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field("year"),
    month: field("month"),
    day: field("day"),
    // Some engines still print midnight as "24" even with h23.
    hour: field("hour") % 24,
    minute: field("minute"),
    second: field("second"),
  };
}

/** Milliseconds since the epoch for a wall clock read as if it were UTC. */
export function wallClockAsUtcMs(clock: WallClock): number {
  // setUTCFullYear rather than Date.UTC, which maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  return date.getTime();
}

/** UTC offset in milliseconds; exact to the second, since historical local mean times are not whole minutes. */
export function offsetMsAt(instant: Date, timeZone: string): number {
  const wholeSecondMs = Math.floor(instant.getTime() / 1000) * 1000;
  return wallClockAsUtcMs(wallClockAt(instant, timeZone)) - wholeSecondMs;
}

export function sameWallClock(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}
