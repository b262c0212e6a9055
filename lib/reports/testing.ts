import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import type { AttendanceMode } from "@/lib/generated/prisma/enums";

// A three-day meeting in Makassar (WITA), 21–23 December 2026, Monday to Wednesday, with known
// registrations, check-ins, quotas, agenda and an announcement, for the report tests.

const token = () => randomBytes(16).toString("base64url");
export const REPORT_DAYS = ["2026-12-21", "2026-12-22", "2026-12-23"] as const;
export const SPEAKER_NAME = "Dr. Lestārī Nguyễn";

export async function reportEvent(prisma: Db, organizationId: string, slug = "rakor-laporan-2026", withAttendance = true) {
  const event = await prisma.event.create({
    data: {
      organizationId, slug, title: "Rapat Koordinasi Humas Wilayah Timur", theme: "Sinergi Merajut Citra", slogan: "Humas Bergerak Bersama",
      venueName: "Hotel Uji Makassar", venueRoom: "Ballroom", venueAddress: "Jl. Somba Opu 1", venueCity: "Makassar", timeZone: "Asia/Makassar", mode: "HYBRID",
      startsAt: new Date("2026-12-21T08:00:00+08:00"), endsAt: new Date("2026-12-23T16:00:00+08:00"), capacity: 50,
      registrationOpensAt: new Date("2026-11-01T00:00:00Z"), registrationClosesAt: new Date("2026-12-15T00:00:00Z"), status: "PUBLISHED",
    },
  });
  const unit = async (code: string) => (await prisma.unit.findFirstOrThrow({ where: { code } })).id;
  const units = {
    karanganyar: await unit("JTG-LPKA-KRA"),
    semarang: await unit("JTG-LP-SMG"),
    bapas: await unit("JTG-BP-SMG"),
    cipinang: await unit("DKI-LP-CPN"),
    rutanPusat: await unit("DKI-RT-JKP"),
  };
  for (const [unitId, seats] of [[units.karanganyar, 3], [units.semarang, 3], [units.bapas, 2], [units.cipinang, 2], [units.rutanPusat, 2]] as const) {
    await prisma.unitQuota.create({ data: { eventId: event.id, unitId, seats } });
  }
  const people: [name: string, unitId: string | null, mode: AttendanceMode, status: "CONFIRMED" | "CANCELLED", present: [day: number, mode: AttendanceMode][]][] = [
    ["Rina Kartikasari", units.karanganyar, "ON_SITE", "CONFIRMED", [[0, "ON_SITE"], [1, "ON_SITE"]]],
    ["Citra Lestari", units.semarang, "ON_SITE", "CONFIRMED", [[0, "ON_SITE"]]],
    ["Agus Salim", units.semarang, "ON_SITE", "CONFIRMED", []],
    ["Hendra Wicaksono", units.karanganyar, "ONLINE", "CONFIRMED", [[0, "ONLINE"]]],
    ["Dewi Anggraini", units.rutanPusat, "ON_SITE", "CONFIRMED", []],
    ["Bayu Pratama", units.bapas, "ONLINE", "CONFIRMED", [[1, "ONLINE"]]],
    ["Panitia Penyelenggara Uji", null, "ON_SITE", "CONFIRMED", [[0, "ON_SITE"]]],
    // Cancelled after being checked in by mistake: counted nowhere.
    ["Dedi Batal", units.cipinang, "ON_SITE", "CANCELLED", [[0, "ON_SITE"]]],
  ];
  for (const [name, unitId, attendanceMode, status, present] of people) {
    const registration = await prisma.registration.create({ data: { eventId: event.id, unitId, name, position: "Pranata Humas", attendanceMode, status, ticketToken: token() } });
    if (!withAttendance) continue;
    for (const [index, mode] of present) {
      const day = REPORT_DAYS[index]!;
      await prisma.checkIn.create({
        data: { eventId: event.id, registrationId: registration.id, day: new Date(`${day}T00:00:00Z`), scope: "", mode, checkedInAt: new Date(`${day}T08:30:00+08:00`), clientScanId: token() },
      });
    }
  }
  const room = await prisma.room.create({ data: { eventId: event.id, name: "Ballroom" } });
  const session = (title: string, kind: "OPENING" | "PANEL" | "PLENARY" | "BREAK", day: number, from: string, to: string, cancelled = false) =>
    prisma.agendaSession.create({ data: { eventId: event.id, title, kind, roomId: room.id, cancelled, startsAt: new Date(`${REPORT_DAYS[day]}T${from}:00+08:00`), endsAt: new Date(`${REPORT_DAYS[day]}T${to}:00+08:00`) } });
  const opening = await session("Pembukaan Rapat Koordinasi", "OPENING", 0, "08:00", "09:00");
  await session("Rehat Kopi", "BREAK", 0, "09:00", "09:30");
  const panel = await session("Diskusi Panel Media Sosial", "PANEL", 1, "10:00", "12:00");
  await session("Kunjungan Lapangan ke Lapas", "PLENARY", 2, "09:00", "12:00", true);
  const speaker = (name: string, title: string) => prisma.speaker.create({ data: { eventId: event.id, name, title } });
  const lestari = await speaker(SPEAKER_NAME, "Kepala Biro Hubungan Masyarakat");
  const sekretaris = await speaker("Supriyanto", "Sekretaris Direktorat Jenderal");
  await prisma.sessionSpeaker.create({ data: { sessionId: opening.id, speakerId: sekretaris.id, role: "SPEAKER", sortOrder: 0 } });
  await prisma.sessionSpeaker.create({ data: { sessionId: opening.id, speakerId: lestari.id, role: "KEYNOTE", sortOrder: 1 } });
  await prisma.sessionSpeaker.create({ data: { sessionId: panel.id, speakerId: lestari.id, role: "MODERATOR", sortOrder: 0 } });
  await prisma.announcement.create({ data: { eventId: event.id, sessionId: panel.id, body: "Diskusi panel pindah ke Ruang Phinisi.", createdAt: new Date("2026-12-22T02:15:00Z") } });
  return { event, units };
}
