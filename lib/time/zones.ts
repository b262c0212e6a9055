import { canonicalTimeZone, offsetMsAt, pad } from "./wall-clock";

export { canonicalTimeZone };

export type IndonesianZoneLabel = "WIB" | "WITA" | "WIT";

/** The zones offered first in pickers, west to east. */
export const INDONESIAN_TIME_ZONES = [
  { timeZone: "Asia/Jakarta", label: "WIB" },
  { timeZone: "Asia/Pontianak", label: "WIB" },
  { timeZone: "Asia/Makassar", label: "WITA" },
  { timeZone: "Asia/Jayapura", label: "WIT" },
] as const satisfies readonly { timeZone: string; label: IndonesianZoneLabel }[];

const LABELS = new Map<string, IndonesianZoneLabel>([
  ...INDONESIAN_TIME_ZONES.map(({ timeZone, label }) => [timeZone, label] as const),
  // Makassar's former IANA name, which older data may still carry.
  ["Asia/Ujung_Pandang", "WITA"],
]);

export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

export function indonesianZoneLabel(timeZone: string): IndonesianZoneLabel | null {
  const direct = LABELS.get(timeZone);
  if (direct) return direct;
  const canonical = canonicalTimeZone(timeZone);
  return (canonical !== null && LABELS.get(canonical)) || null;
}

/** "UTC+07:00", "UTC−05:00" (true minus sign), "UTC+05:30". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "\u2212" : "+";
  const absolute = Math.abs(offsetMinutes);
  return `UTC${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** UTC offset of the zone at that instant, in whole minutes. Throws RangeError for an unknown zone. */
export function utcOffsetMinutes(timeZone: string, instant: Date): number {
  return Math.round(offsetMsAt(instant, timeZone) / 60_000);
}

/**
 * WIB/WITA/WIT for Indonesian zones, otherwise the UTC offset in force at `instant`
 * (Europe/Berlin is UTC+02:00 in July and UTC+01:00 in January).
 * Throws RangeError for an unknown zone.
 */
export function zoneLabel(timeZone: string, instant: Date): string {
  return indonesianZoneLabel(timeZone) ?? formatUtcOffset(utcOffsetMinutes(timeZone, instant));
}

export interface TimeZoneOption {
  value: string;
  label: string;
}

function allZones(): string[] {
  // Missing before Safari 15.4; the Indonesian zones and UTC still make a usable picker.
  const supported = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  // Node 20's list leaves out "UTC", which is what a server or a UTC-configured browser reports.
  return [...new Set([...supported, "UTC"])].sort();
}

/**
 * Options for a time zone picker: the Indonesian zones first ("WIB — Asia/Jakarta (UTC+07:00)"),
 * then every other zone the runtime knows, sorted ("Europe/Berlin (UTC+02:00)").
 * Offsets are those in force at `at`. The zone list depends on the runtime's ICU data, so build it
 * on one side (the server) and pass it down, or server and client renders may disagree.
 */
export function timeZoneOptions(at: Date = new Date()): TimeZoneOption[] {
  const indonesian = new Set<string>(INDONESIAN_TIME_ZONES.map(({ timeZone }) => timeZone));
  const offset = (zone: string) => formatUtcOffset(utcOffsetMinutes(zone, at));
  return [
    ...INDONESIAN_TIME_ZONES.map(({ timeZone, label }) => ({
      value: timeZone,
      label: `${label} — ${timeZone} (${offset(timeZone)})`,
    })),
    ...allZones()
      .filter((zone) => !indonesian.has(zone))
      .map((zone) => ({ value: zone, label: `${zone} (${offset(zone)})` })),
  ];
}
