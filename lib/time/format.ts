import { zonedDayKey } from "./parse";
import { requireTimeZone } from "./wall-clock";
import { zoneLabel } from "./zones";

export type TimeLocale = "id" | "en";

/**
 * - "date": "Jumat, 27 September 2024" / "Friday, 27 September 2024"
 * - "dateShort": "27 Sep 2024" / "27 Sept 2024"
 * - "time": "08.00 WIB" / "08:00 WIB" (the separator is what Intl uses for each language)
 * - "dateTime": "Jumat, 27 September 2024 pukul 08.00 WIB" / "Friday, 27 September 2024 at 08:00 WIB"
 */
export type DateTimeStyle = "date" | "dateShort" | "time" | "dateTime";

// en-GB rather than en-US: day-month order and a 24-hour clock, as Indonesian readers expect.
const INTL_LOCALE: Record<TimeLocale, string> = { id: "id-ID", en: "en-GB" };

const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const LONG_DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

const STYLE_OPTIONS: Record<DateTimeStyle | "rangeDate", Intl.DateTimeFormatOptions> = {
  date: { weekday: "long", ...LONG_DATE },
  dateShort: { day: "numeric", month: "short", year: "numeric" },
  time: TIME,
  dateTime: { weekday: "long", ...LONG_DATE, ...TIME },
  rangeDate: LONG_DATE,
};

const SHOWS_TIME: Record<DateTimeStyle, boolean> = {
  date: false,
  dateShort: false,
  time: true,
  dateTime: true,
};

// Constructing Intl.DateTimeFormat is costly and a page formats many times in few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: TimeLocale, anyTimeZone: string, style: keyof typeof STYLE_OPTIONS) {
  const timeZone = requireTimeZone(anyTimeZone);
  const key = `${locale}|${timeZone}|${style}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      ...STYLE_OPTIONS[style],
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
    });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats `instant` on the clock of `timeZone`, never the process's own zone. Any style that shows
 * a time ends with the zone's label (WIB/WITA/WIT or a UTC offset) so no reader has to guess the clock.
 * Throws RangeError for an unknown zone or an invalid Date.
 */
export function formatInZone(
  instant: Date,
  timeZone: string,
  locale: TimeLocale,
  style: DateTimeStyle,
): string {
  const text = formatter(locale, timeZone, style).format(instant);
  return SHOWS_TIME[style] ? `${text} ${zoneLabel(timeZone, instant)}` : text;
}

/**
 * An event's span in one line: "24–27 September 2024, 08.00–16.00 WIB" (first day's start to last
 * day's end), "27 September 2024, 08.00–16.00 WIB" on one day, and across months or years
 * "30 September – 2 Oktober 2024, …". If the zone's offset changes in between (a DST zone), each
 * time carries its own label. Throws RangeError if `end` is before `start`.
 */
export function formatRangeInZone(
  start: Date,
  end: Date,
  timeZone: string,
  locale: TimeLocale,
): string {
  if (end.getTime() < start.getTime()) {
    throw new RangeError("An event cannot end before it starts");
  }
  const days = formatter(locale, timeZone, "rangeDate").formatRange(start, end);
  const time = formatter(locale, timeZone, "time");
  const startLabel = zoneLabel(timeZone, start);
  const endLabel = zoneLabel(timeZone, end);
  const startTime = time.format(start);
  const endTime = time.format(end);

  let times: string;
  if (startLabel !== endLabel) {
    times = `${startTime} ${startLabel}\u2009–\u2009${endTime} ${endLabel}`;
  } else if (startTime === endTime && zonedDayKey(start, timeZone) === zonedDayKey(end, timeZone)) {
    times = `${startTime} ${startLabel}`;
  } else {
    times = `${startTime}–${endTime} ${startLabel}`;
  }
  return `${days}, ${times}`;
}
