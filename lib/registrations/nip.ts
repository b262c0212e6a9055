// NIP (Nomor Induk Pegawai): 18 digits — birth date yyyymmdd, appointment yyyymm, sex (1 male,
// 2 female), a three-digit sequence. A typo usually breaks one of these parts, so each is checked.

export type NipProblem = "length" | "birthDate" | "appointment" | "sex";

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function nipProblem(nip: string, now = new Date()): NipProblem | null {
  if (!/^\d{18}$/.test(nip)) return "length";
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  const thisYear = now.getUTCFullYear();
  // Civil servants are appointed from 18 and retire by 65.
  if (year < thisYear - 80 || year > thisYear - 17 || !isRealDate(year, month, day)) return "birthDate";
  const appointedYear = Number(nip.slice(8, 12));
  const appointedMonth = Number(nip.slice(12, 14));
  if (appointedYear < year + 17 || appointedYear > thisYear || appointedMonth < 1 || appointedMonth > 12) return "appointment";
  if (nip[14] !== "1" && nip[14] !== "2") return "sex";
  return null;
}

/** NIPs are often written with spaces between the parts: "19760412 200003 1 001". */
export function compactNip(value: string): string {
  return value.replace(/[\s.-]/g, "");
}
