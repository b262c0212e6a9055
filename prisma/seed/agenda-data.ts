import { SessionKind, SpeakerRole } from "@/lib/generated/prisma/client";

// The four-day programme of the demo event, in Bahasa Indonesia like the event itself. Only the two
// officials named in the article appear by name; every other speaker is a role, not a person.

const DITJENPAS = "Direktorat Jenderal Pemasyarakatan";

export const DEMO_ROOMS = [
  { name: "Ballroom", capacity: 150, sortOrder: 0 },
  { name: "Ruang Rapat Taman Palem", capacity: 60, sortOrder: 1 },
] as const;

type RoomName = (typeof DEMO_ROOMS)[number]["name"];

export const DEMO_SPEAKERS = {
  supriyanto: { name: "Supriyanto", title: "Sekretaris Direktorat Jenderal Pemasyarakatan", organization: DITJENPAS },
  reynhard: {
    name: "Reynhard Silitonga",
    title: "Pelaksana Tugas (Plt) Direktur Jenderal Pemasyarakatan",
    organization: DITJENPAS,
  },
  ketuaPanitia: { name: "Ketua Panitia Rakor Humas", title: "Ketua Panitia", organization: DITJENPAS },
  pembawaAcara: { name: "Pembawa Acara Rakor Humas", title: "Pembawa Acara", organization: DITJENPAS },
  timHumas: { name: "Tim Humas Ditjenpas", title: "Hubungan Masyarakat", organization: DITJENPAS },
  praktisiMedia: { name: "Narasumber Praktisi Media", title: "Jurnalis, narasumber undangan", organization: null },
} as const;

type SpeakerKey = keyof typeof DEMO_SPEAKERS;

export interface DemoAgendaItem {
  /** 0 for the first day of the event. */
  day: number;
  /** WIB wall-clock times, "HH:MM". */
  from: string;
  to: string;
  kind: SessionKind;
  title: string;
  description?: string;
  /** null: outside the meeting rooms (breaks in the foyer). */
  room: RoomName | null;
  speakers: { key: SpeakerKey; role: SpeakerRole }[];
}

const { OPENING, KEYNOTE, PANEL, PLENARY, BREAK, MEAL, CEREMONY, OTHER } = SessionKind;
const { SPEAKER, MODERATOR, MC } = SpeakerRole;

const item = (
  day: number,
  from: string,
  to: string,
  kind: SessionKind,
  title: string,
  extra: Partial<Pick<DemoAgendaItem, "description" | "room" | "speakers">> = {},
): DemoAgendaItem => ({ day, from, to, kind, title, room: "Ballroom", speakers: [], ...extra });

const coffeeBreak = (day: number, from: string, to: string) =>
  item(day, from, to, BREAK, "Rehat Kopi (Coffee Break)", { room: null });
const ishoma = (day: number) => item(day, "12:00", "13:00", MEAL, "Ishoma (Istirahat, Sholat, Makan)", { room: null });
const dailyRegistration = (day: number) =>
  item(day, "08:00", "08:30", OTHER, "Registrasi Harian Peserta", {
    description: "Tunjukkan kode QR tiket di meja registrasi untuk mengisi daftar hadir hari ini.",
  });
const moderatedBy = (key: SpeakerKey, ...speakers: SpeakerKey[]) => [
  { key, role: MODERATOR },
  ...speakers.map((speaker) => ({ key: speaker, role: SPEAKER })),
];

export const DEMO_AGENDA: DemoAgendaItem[] = [
  item(0, "08:00", "09:00", OTHER, "Registrasi Ulang Peserta dan Pembagian Perlengkapan", {
    description: "Tunjukkan kode QR tiket di meja registrasi depan Ballroom.",
  }),
  item(0, "09:00", "09:30", OPENING, "Pembukaan: Lagu Indonesia Raya, Doa, dan Laporan Ketua Panitia", {
    speakers: [{ key: "pembawaAcara", role: MC }, { key: "ketuaPanitia", role: SPEAKER }],
  }),
  item(0, "09:30", "10:00", CEREMONY, "Sambutan Sekretaris Direktorat Jenderal Pemasyarakatan", {
    description: "Peran humas sebagai garda depan dalam menyampaikan informasi yang akurat kepada publik.",
    speakers: [{ key: "supriyanto", role: SPEAKER }],
  }),
  item(0, "10:00", "10:45", KEYNOTE, "Arahan dan Pembukaan Resmi oleh Plt. Direktur Jenderal Pemasyarakatan", {
    description: "Menjaga citra positif dan memastikan setiap berita dari UPT Pemasyarakatan berdampak.",
    speakers: [{ key: "reynhard", role: SpeakerRole.KEYNOTE }],
  }),
  coffeeBreak(0, "10:45", "11:00"),
  item(0, "11:00", "12:00", PLENARY, "Strategi Komunikasi Publik Pemasyarakatan", {
    speakers: [{ key: "timHumas", role: SPEAKER }],
  }),
  ishoma(0),
  item(0, "13:00", "14:45", PANEL, "Sinergi Humas UPT dengan Media dan Mitra", {
    speakers: moderatedBy("timHumas", "praktisiMedia"),
  }),
  coffeeBreak(0, "14:45", "15:00"),
  item(0, "15:00", "16:00", OTHER, "Diskusi Kelompok per Wilayah: Pemetaan Isu Kehumasan"),

  dailyRegistration(1),
  item(1, "08:30", "10:00", PANEL, "Pengelolaan Media Sosial UPT", { speakers: moderatedBy("timHumas", "praktisiMedia") }),
  coffeeBreak(1, "10:00", "10:15"),
  item(1, "10:15", "12:00", OTHER, "Praktik Konten Media Sosial: Kelompok Wilayah Barat"),
  item(1, "10:15", "12:00", OTHER, "Praktik Konten Media Sosial: Kelompok Wilayah Tengah dan Timur", {
    room: "Ruang Rapat Taman Palem",
  }),
  ishoma(1),
  item(1, "13:00", "15:00", PANEL, "Manajemen Isu dan Komunikasi Krisis", {
    speakers: moderatedBy("timHumas", "praktisiMedia"),
  }),
  item(1, "15:00", "16:00", PLENARY, "Diskusi Pleno Hari Kedua", { speakers: moderatedBy("timHumas") }),

  dailyRegistration(2),
  item(2, "08:30", "10:00", PANEL, "Penulisan Rilis Berita", { speakers: moderatedBy("timHumas", "praktisiMedia") }),
  coffeeBreak(2, "10:00", "10:15"),
  item(2, "10:15", "12:00", OTHER, "Praktik Penulisan Rilis Berita: Kelompok Wilayah Barat"),
  item(2, "10:15", "12:00", OTHER, "Praktik Penulisan Rilis Berita: Kelompok Wilayah Tengah dan Timur", {
    room: "Ruang Rapat Taman Palem",
  }),
  ishoma(2),
  item(2, "13:00", "15:00", PANEL, "Foto dan Video Dokumentasi Kegiatan Pembinaan", {
    speakers: moderatedBy("timHumas", "praktisiMedia"),
  }),
  item(2, "15:00", "16:00", PLENARY, "Presentasi Hasil Praktik per Wilayah", { speakers: moderatedBy("timHumas") }),

  dailyRegistration(3),
  item(3, "08:30", "10:00", PLENARY, "Penyusunan Rencana Aksi Kehumasan UPT", { speakers: moderatedBy("timHumas") }),
  coffeeBreak(3, "10:00", "10:15"),
  item(3, "10:15", "12:00", PLENARY, "Pleno Rumusan Hasil Rakor Humas", { speakers: moderatedBy("timHumas") }),
  ishoma(3),
  item(3, "13:00", "14:30", PLENARY, "Evaluasi Kegiatan dan Tindak Lanjut", { speakers: moderatedBy("timHumas") }),
  item(3, "14:30", "16:00", CEREMONY, "Penutupan dan Pembacaan Komitmen Bersama \"Humas Bergerak Bersama\"", {
    description:
      "Seluruh peserta menyatakan komitmen bersama untuk terus memperkuat sinergi dalam membangun citra " +
      "positif Pemasyarakatan di masyarakat.",
    speakers: [{ key: "pembawaAcara", role: MC }, { key: "ketuaPanitia", role: SPEAKER }],
  }),
];
