// WhatsApp numbers as coordinators type them — 0812-3456-789, 62812…, +62 812 … — become one
// international form, +62812…, so links like wa.me work and duplicates are recognisable.

export function normalisePhone(value: string): string | null {
  const digits = value.trim().replace(/[\s().-]/g, "");
  if (digits === "") return null;
  let national: string;
  if (digits.startsWith("+62")) national = digits.slice(3);
  else if (digits.startsWith("62")) national = digits.slice(2);
  else if (digits.startsWith("0")) national = digits.slice(1);
  else return digits;
  return `+62${national}`;
}

export function isIndonesianPhone(value: string): boolean {
  return /^\+62[1-9]\d{7,12}$/.test(value);
}
