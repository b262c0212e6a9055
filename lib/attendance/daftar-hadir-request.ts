import { DAY_KEY } from "./days";
import { invalidField } from "@/lib/errors/app-error";

// What a daftar hadir download asks for, as the Dokumen page's GET form (and the attendance page's
// buttons) send it: ?day=yyyy-MM-dd[&session=id]&sheet=onsite|online&absent=list|omit|blank.

export const SHEETS = ["onsite", "online"] as const;
export type SheetKind = (typeof SHEETS)[number];

/**
 * - list: the people who did not come follow those present, marked "tidak hadir" (the default);
 * - omit: only those present;
 * - blank: everyone registered, nothing filled in, to be signed by hand (printed before the day).
 */
export const ABSENT_CHOICES = ["list", "omit", "blank"] as const;
export type AbsentChoice = (typeof ABSENT_CHOICES)[number];

export interface DaftarHadirRequest {
  day: string;
  sessionId: string | null;
  sheet: SheetKind;
  absent: AbsentChoice;
}

const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T | null =>
  value === null || value === "" ? fallback : (choices as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the query; a value that is not one of the choices is refused with the field it belongs to. */
export function parseDaftarHadirRequest(search: URLSearchParams): DaftarHadirRequest {
  const day = search.get("day") ?? "";
  if (!DAY_KEY.test(day)) throw invalidField("day", "attendance.errors.badDay");
  const session = search.get("session") || null;
  if (session !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(session)) throw invalidField("sessionId", "attendance.errors.badSession");
  const sheet = oneOf(SHEETS, search.get("sheet"), "onsite");
  if (!sheet) throw invalidField("sheet", "daftarHadir.errors.badSheet");
  const absent = oneOf(ABSENT_CHOICES, search.get("absent"), "list");
  if (!absent) throw invalidField("absent", "daftarHadir.errors.badAbsent");
  return { day, sessionId: session, sheet, absent };
}
