export {
  INDONESIAN_TIME_ZONES,
  canonicalTimeZone,
  formatUtcOffset,
  indonesianZoneLabel,
  isValidTimeZone,
  timeZoneOptions,
  utcOffsetMinutes,
  zoneLabel,
  type IndonesianZoneLabel,
  type TimeZoneOption,
} from "./zones";
export { formatInZone, formatRangeInZone, type DateTimeStyle, type TimeLocale } from "./format";
export { parseInZone, toZonedInputValue, zonedDayKey } from "./parse";
