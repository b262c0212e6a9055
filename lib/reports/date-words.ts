// Dates in Indonesian words, computed here rather than by Intl so that a document reads the same
// on every server: "Senin, 22 Desember 2026", "Senin–Kamis, 22–25 Desember 2026" and the press
// style "(22–25/12/2026)". Dates travel as "yyyy-MM-dd" day keys of the event's zone.

export const DAY_NAMES = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
export const MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function parts(dayKey: string): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dayKey);
  if (!match) throw new RangeError(`not a day key: ${dayKey}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday };
}

export function dayName(dayKey: string): string {
  return DAY_NAMES[parts(dayKey).weekday]!;
}

/** "22 Desember 2026". */
export function dateWords(dayKey: string): string {
  const p = parts(dayKey);
  return `${p.day} ${MONTH_NAMES[p.month - 1]} ${p.year}`;
}

/** "Senin, 22 Desember 2026". */
export function dayDateWords(dayKey: string): string {
  return `${dayName(dayKey)}, ${dateWords(dayKey)}`;
}

/** "Senin–Kamis": the first and last day names of a range, or one name for one day. */
export function dayNameRange(first: string, last: string): string {
  return first === last ? dayName(first) : `${dayName(first)}–${dayName(last)}`;
}

/**
 * "22–25 Desember 2026", "30 September–3 Oktober 2024", "29 Desember 2026–2 Januari 2027",
 * or "22 Desember 2026" for one day.
 */
export function dateRangeWords(first: string, last: string): string {
  if (first === last) return dateWords(first);
  const a = parts(first);
  const b = parts(last);
  if (a.year !== b.year) return `${dateWords(first)}–${dateWords(last)}`;
  if (a.month !== b.month) return `${a.day} ${MONTH_NAMES[a.month - 1]}–${dateWords(last)}`;
  return `${a.day}–${dateWords(last)}`;
}

/** "Senin–Kamis, 22–25 Desember 2026". */
export function dayDateRangeWords(first: string, last: string): string {
  return `${dayNameRange(first, last)}, ${dateRangeWords(first, last)}`;
}

/** The press style: "22–25/12/2026", "30/9–3/10/2024", "29/12/2026–2/1/2027", "22/12/2026". */
export function numericDateRange(first: string, last: string): string {
  const a = parts(first);
  const b = parts(last);
  const full = (p: Parts) => `${p.day}/${p.month}/${p.year}`;
  if (first === last) return full(a);
  if (a.year !== b.year) return `${full(a)}–${full(b)}`;
  if (a.month !== b.month) return `${a.day}/${a.month}–${full(b)}`;
  return `${a.day}–${full(b)}`;
}
