import sharp from "sharp";
import { printableLetterhead, type LetterheadData } from "@/lib/documents/letterhead";
import { DITJENPAS, demoLogo } from "@/prisma/seed/organization";
import { summariseByUnit, type AttendanceSheet, type SheetRow } from "./sheet-data";

// For tests and the benchmark: signatures as the door's pad saves them (a 480×200 RGBA PNG of a
// dark stroke on white), each one a little different.

export async function doorSignaturePng(seed: number): Promise<Buffer> {
  const wave = (i: number) => Math.round(100 + 60 * Math.sin((i + seed) / 3));
  const points = Array.from({ length: 24 }, (_, i) => `${40 + i * 17},${wave(i)}`).join(" L ");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="200"><rect width="480" height="200" fill="#fff"/><path d="M ${points}" fill="none" stroke="#0f172a" stroke-width="3" stroke-linecap="round"/></svg>`;
  return sharp(Buffer.from(svg)).ensureAlpha().png().toBuffer();
}

const NAMES = ["Lestārī Wulandarī", "Nguyễn Thị Minh Khai", "Siti Nur'aini", "Agus Salim", "Zoë Ångström-Çelik"];
const LONG_UNIT = "Lembaga Pemasyarakatan Perempuan Kelas IIA Sungguminasa–Gowa di Kabupaten Gowa Provinsi Sulawesi Selatan Bagian Timur";
const LONG_NAME = "Raden Mas Haryo Bimo Adiwijoyo Kusumonegoro Prawirodirdjo Suryaningrat, S.H., M.H.";

/** `count` people of a sheet as getAttendanceSheet returns them: most present and signed, some absent, a guest. */
export function sampleRows(count: number, signature: Buffer | null, options: { online?: boolean; start?: Date } = {}): SheetRow[] {
  const start = options.start ?? new Date("2026-12-22T00:30:00Z");
  return Array.from({ length: count }, (_, i) => {
    const present = i % 10 !== 9;
    const guest = i % 97 === 5;
    return {
      name: i % 13 === 0 ? LONG_NAME : `${NAMES[i % NAMES.length]} ${i + 1}`,
      nip: guest ? null : `1990${String(1 + (i % 12)).padStart(2, "0")}1220150110${String(i % 1000).padStart(2, "0")}`.slice(0, 18),
      rank: guest ? null : "Penata Muda Tingkat I, III/b",
      position: guest ? null : "Pranata Hubungan Masyarakat Ahli Pertama",
      unitName: i % 7 === 0 ? LONG_UNIT : `Lapas Kelas IIA Unit ${Math.floor(i / 20) + 1}`,
      province: "Jawa Tengah",
      checkedInAt: present ? new Date(start.getTime() + i * 7_000) : null,
      recordedBy: options.online && present ? "Panitia Rakor Humas" : null,
      signature: present && !options.online ? signature : null,
    };
  });
}

/** A sheet around the rows, as the query would give it: present first, then by unit and name. */
export function sampleSheet(rows: SheetRow[], over: Partial<AttendanceSheet> = {}): AttendanceSheet {
  const ordered = [...rows].sort((a, b) => Number(b.checkedInAt !== null) - Number(a.checkedInAt !== null) || a.unitName.localeCompare(b.unitName, "id") || a.name.localeCompare(b.name, "id"));
  return {
    event: {
      id: "acara", slug: "rakor-humas-2026", title: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia", timeZone: "Asia/Jakarta", organizationId: "org",
      startsAt: new Date("2026-12-22T01:00:00Z"), endsAt: new Date("2026-12-24T09:00:00Z"),
      venueName: "Hotel Hilton Garden Inn", venueRoom: "Ballroom", venueAddress: "Taman Palem, Jakarta Barat", venueCity: "Jakarta Barat", organization: { name: "Direktorat Jenderal Pemasyarakatan" },
    },
    day: "2026-12-22",
    session: null,
    sheet: "onsite",
    absent: "list",
    hours: { start: new Date("2026-12-22T01:00:00Z"), end: new Date("2026-12-22T09:00:00Z") },
    rows: ordered,
    present: rows.filter((r) => r.checkedInAt).length,
    units: summariseByUnit(ordered),
    signOff: { roleLines: "Mengetahui,\nKetua Panitia", name: "Dr. Lestārī Wulandarī, S.H., M.H.", nip: "198001012005012001", place: "Jakarta" },
    ...over,
  };
}

/** The demo organisation's letterhead, logo included. */
export async function sampleLetterhead(): Promise<LetterheadData> {
  return printableLetterhead({ ...DITJENPAS, ...(await demoLogo()) });
}
