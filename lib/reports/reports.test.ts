import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { printDocxWithLibreOffice, readDocx, readPdf, renderFirstPage } from "@/lib/documents/testing";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { createOrganizer, refusal } from "@/lib/units/testing";
import { seedDemo } from "@/prisma/seed/demo";
import { pressReleaseFile, reportFile } from "./document-files";
import { getPressReleaseDraft, getReportFacts } from "./queries";
import { resetPressRelease } from "./reset-press-release";
import { savePressRelease } from "./save-press-release";
import { PRESS_BODY_MAX, pressReleaseSchema } from "./schema";
import { REPORT_DAYS, SPEAKER_NAME, reportEvent } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let stranger: Actor;
let eventId: string;
let quietEventId: string;
const PRINTED = new Date("2026-12-24T01:30:00Z");
const flat = (text: string) => text.replace(/\s+/g, " ");

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer } = await demoActors(prisma()));
  stranger = await createOrganizer(prisma());
  const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  eventId = (await reportEvent(prisma(), demo.organizationId)).event.id;
  quietEventId = (await reportEvent(prisma(), demo.organizationId, "rakor-belum-mulai", false)).event.id;
});

describe("the laporan kegiatan", () => {
  it("counts who attended each day, on site or online, by province and unit type, and lists the invited units that sent nobody", async () => {
    const facts = (await getReportFacts(organizer, eventId))!;
    expect(facts.days).toEqual([...REPORT_DAYS]);
    expect(facts.attendanceRecorded).toBe(true);
    expect({ registered: facts.registered, attended: facts.attended, onSite: facts.attendedOnSite, onlineOnly: facts.attendedOnlineOnly }).toEqual({ registered: 7, attended: 5, onSite: 3, onlineOnly: 2 });
    expect(facts.perDay).toEqual([
      { day: "2026-12-21", registered: 7, attended: 4, onSite: 3, online: 1 },
      { day: "2026-12-22", registered: 7, attended: 2, onSite: 1, online: 1 },
      { day: "2026-12-23", registered: 7, attended: 0, onSite: 0, online: 0 },
    ]);
    expect(facts.perProvince).toEqual([
      { province: "DKI Jakarta", registered: 1, attended: 0 },
      { province: "Jawa Tengah", registered: 5, attended: 4 },
      { province: null, registered: 1, attended: 1 },
    ]);
    expect(facts.perUnitType).toEqual([
      { type: null, registered: 1, attended: 1, units: 0 },
      { type: "LAPAS", registered: 4, attended: 3, units: 2 },
      { type: "RUTAN", registered: 1, attended: 0, units: 0 },
      { type: "BAPAS", registered: 1, attended: 1, units: 1 },
    ]);
    expect({ invited: facts.invitedUnits, present: facts.unitsPresent }).toEqual({ invited: 5, present: 3 });
    // Cipinang registered nobody (its one check-in was of a cancelled registration); Rutan Jakarta Pusat's one person never came.
    expect(facts.absentUnits).toEqual([
      { name: "Lapas Kelas I Cipinang", province: "DKI Jakarta", seats: 2, registered: 0 },
      { name: "Rutan Kelas I Jakarta Pusat", province: "DKI Jakarta", seats: 2, registered: 1 },
    ]);
  });

  it("prints the facts, figures, agenda as held and announcements under the letterhead, numbered, with who printed it, in the event's zone", async () => {
    const file = (await reportFile(organizer, eventId, "pdf", PRINTED))!;
    expect(file.name).toBe("laporan-kegiatan-rakor-laporan-2026");
    const read = await readPdf(file.bytes);
    const text = flat(read.text);
    expect(read.fonts.every((font) => /NotoSans/.test(font))).toBe(true);
    for (const expected of [
      "DIREKTORAT JENDERAL PEMASYARAKATAN",
      "LAPORAN KEGIATAN",
      "RAPAT KOORDINASI HUMAS WILAYAH TIMUR",
      "Sinergi Merajut Citra",
      "Humas Bergerak Bersama",
      "Senin–Rabu, 21–23 Desember 2026",
      "Ballroom, Hotel Uji Makassar, Jl. Somba Opu 1, Makassar",
      "Hibrida (tatap muka dan daring)",
      "Peserta terdaftar berjumlah 7 (tujuh) orang. Peserta yang hadir sekurang-kurangnya satu hari berjumlah 5 (lima) orang dari 3 (tiga) unit kerja",
      "Senin, 21 Desember 2026 7 4 3 1",
      "Rabu, 23 Desember 2026 7 0 0 0",
      "Lembaga Pemasyarakatan (Lapas) 2 4 3",
      "Lapas Kelas I Cipinang DKI Jakarta 2 0",
      "Rutan Kelas I Jakarta Pusat DKI Jakarta 2 1",
      "08.00–09.00 WITA Pembukaan Rapat Koordinasi",
      `${SPEAKER_NAME} — Kepala Biro Hubungan Masyarakat (Pembicara utama)`,
      "Kunjungan Lapangan ke Lapas (DIBATALKAN)",
      "Diskusi panel pindah ke Ruang Phinisi.",
      "Selasa, 22 Desember 2026 pukul 10.15 WITA",
      "Panitia Penyelenggara",
      "Makassar, 24 Desember 2026",
    ]) expect(text).toContain(expected);
    expect(text).not.toContain("Dedi Batal");
    expect(text).not.toContain("Belum dicatat");
    read.pages.forEach((page, i) => expect(page).toContain(`Hal. ${i + 1} dari ${read.pages.length}`));
    expect(flat(read.pages.at(-1)!)).toContain("Dicetak 24 Des 2026 pukul 09.30 WITA oleh Panitia Rakor Humas");
    const png = renderFirstPage(file.bytes, "laporan-kegiatan");
    expect((await sharp(png).metadata()).width).toBeGreaterThan(500);
  });

  it("writes the same report as a DOCX with the letterhead and the diacritics intact", async () => {
    const file = (await reportFile(organizer, eventId, "docx", PRINTED))!;
    expect(file.format).toBe("docx");
    const read = readDocx(file.bytes);
    expect(read.text).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect(read.paragraphs).toContain("LAPORAN KEGIATAN");
    expect(read.paragraphs).toContain(`${SPEAKER_NAME} — Kepala Biro Hubungan Masyarakat (Pembicara utama)`);
    expect(read.paragraphs).toContain("Kunjungan Lapangan ke Lapas (DIBATALKAN)");
    expect(read.paragraphs).toContain("Lapas Kelas I Cipinang");
    expect(read.paragraphs).toContain("Senin–Rabu, 21–23 Desember 2026");
    expect(read.files.some((f) => /^word\/fonts\//.test(f))).toBe(true);
    // LibreOffice opens it, as the office that edits the report would.
    const opened = printDocxWithLibreOffice(file.bytes, "laporan-kegiatan-docx");
    expect(opened.text.normalize("NFC")).toContain(SPEAKER_NAME);
    expect(opened.text).toContain("LAPORAN KEGIATAN");
  }, 120_000);

  it("says that attendance is not recorded yet for an event nobody has been checked in to, instead of zeros", async () => {
    const facts = (await getReportFacts(organizer, quietEventId))!;
    expect(facts.attendanceRecorded).toBe(false);
    const text = flat((await readPdf((await reportFile(organizer, quietEventId, "pdf", PRINTED))!.bytes)).text);
    expect(text).toContain("Kehadiran belum dicatat: belum ada peserta yang melakukan check-in");
    expect(text).toContain("Peserta terdaftar berjumlah 7 (tujuh) orang dari 4 (empat) unit kerja.");
    expect(text).toContain("Senin, 21 Desember 2026 7 – – –");
    expect(text).toContain("Unit yang diundang tetapi belum mendaftarkan peserta");
    expect(text).not.toContain("Senin, 21 Desember 2026 7 0 0 0");
  });

  it("is not found for another organisation's organiser, and needs a signed-in organiser", async () => {
    expect(await getReportFacts(stranger, eventId)).toBeNull();
    expect(await reportFile(stranger, eventId, "pdf")).toBeNull();
    expect(await reportFile(stranger, eventId, "docx")).toBeNull();
    expect(await pressReleaseFile(stranger, eventId, "pdf")).toBeNull();
    expect((await refusal(getReportFacts(null, eventId))).code).toBe("unauthenticated");
  });
});

describe("the siaran pers", () => {
  it("drafts a Humas news item from the facts, with the numbers in words and the days as the press writes them", async () => {
    const draft = (await getPressReleaseDraft(organizer, eventId))!;
    expect(draft.saved).toBeNull();
    // Saved unchanged, the template passes the editor's own limits.
    expect(pressReleaseSchema.safeParse(draft.template).success).toBe(true);
    expect(draft.template.title).toBe("Ditjenpas Menyelenggarakan Rapat Koordinasi Humas Wilayah Timur");
    const [lead, theme, welcome, opening, agenda] = draft.template.body.split("\n\n");
    expect(lead).toBe(
      "MAKASSAR – Direktorat Jenderal Pemasyarakatan menyelenggarakan Rapat Koordinasi Humas Wilayah Timur pada Senin–Rabu (21–23/12/2026) di Ballroom, Hotel Uji Makassar, Jl. Somba Opu 1, Makassar, dihadiri oleh 5 (lima) peserta dari 3 (tiga) UPT dan satuan kerja, 2 (dua) di antaranya mengikuti secara daring.",
    );
    expect(theme).toBe("Kegiatan ini mengusung tema “Sinergi Merajut Citra” dengan slogan “Humas Bergerak Bersama”.");
    expect(welcome).toBe("Sambutan disampaikan oleh Sekretaris Direktorat Jenderal, Supriyanto.");
    expect(opening).toBe(`Kegiatan dibuka secara resmi oleh Kepala Biro Hubungan Masyarakat, ${SPEAKER_NAME}.`);
    // The cancelled visit is not among what was held.
    expect(agenda).toBe("Selama 3 (tiga) hari, peserta mengikuti 2 (dua) sesi, antara lain “Diskusi Panel Media Sosial”.");
  });

  it("drafts the demo meeting as the article tells it: the city once, the welcome addresses and the official opening", async () => {
    const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
    const { body } = (await getPressReleaseDraft(organizer, demo.id))!.template;
    const lead = body.split("\n\n")[0]!;
    expect(lead).toMatch(/^JAKARTA BARAT – Direktorat Jenderal Pemasyarakatan menyelenggarakan Rapat Koordinasi Humas Pemasyarakatan se-Indonesia pada /);
    expect(lead.match(/Jakarta Barat/g)).toHaveLength(1);
    expect(lead).toContain("diikuti oleh 8 (delapan) peserta terdaftar");
    expect(body).toContain("Sambutan disampaikan oleh Ketua Panitia Rakor Humas dan Sekretaris Direktorat Jenderal Pemasyarakatan, Supriyanto.");
    expect(body).toContain("Kegiatan dibuka secara resmi oleh Pelaksana Tugas (Plt) Direktur Jenderal Pemasyarakatan, Reynhard Silitonga.");
  });

  it("prints the template until Humas saves an edit, then the edit, and the template again after a reset", async () => {
    const printed = async (format: "pdf" | "docx") => {
      const file = (await pressReleaseFile(organizer, eventId, format, PRINTED))!;
      return format === "pdf" ? flat((await readPdf(file.bytes)).text) : readDocx(file.bytes).text;
    };
    const before = await printed("pdf");
    expect(before).toContain("SIARAN PERS");
    expect(before).toContain("dihadiri oleh 5 (lima) peserta");
    expect(before).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");

    const edited = { title: "Humas Bergerak Bersama di Makassar", body: `MAKASSAR – Paragraf pertama yang disunting oleh ${SPEAKER_NAME}.\r\n\r\nParagraf kedua.` };
    expect(await savePressRelease({ actor: organizer, eventId, input: edited })).toEqual({ changed: true });
    expect(await savePressRelease({ actor: organizer, eventId, input: edited })).toEqual({ changed: false });
    const saved = (await getPressReleaseDraft(organizer, eventId))!.saved!;
    expect(saved).toMatchObject({ title: edited.title, body: `MAKASSAR – Paragraf pertama yang disunting oleh ${SPEAKER_NAME}.\n\nParagraf kedua.` });
    const pdf = (await pressReleaseFile(organizer, eventId, "pdf", PRINTED))!;
    const afterSave = flat((await readPdf(pdf.bytes)).text);
    expect(afterSave).toContain("Humas Bergerak Bersama di Makassar");
    expect(afterSave).toContain(`Paragraf pertama yang disunting oleh ${SPEAKER_NAME}.`);
    expect(afterSave).not.toContain("dihadiri oleh 5 (lima) peserta");
    expect(await printed("docx")).toContain("Paragraf kedua.");

    expect(await resetPressRelease({ actor: organizer, eventId })).toEqual({ changed: true });
    expect((await getPressReleaseDraft(organizer, eventId))!.saved).toBeNull();
    expect(await printed("pdf")).toContain("dihadiri oleh 5 (lima) peserta");
    const audit = await prisma().auditLog.findMany({ where: { eventId, entityType: "PressRelease" }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([{ action: "press.save", actorId: organizer.userId }, { action: "press.reset", actorId: organizer.userId }]);
  });

  it("refuses an empty or too long body, or an empty title, with a message by the field, and writes nothing", async () => {
    const audits = await prisma().auditLog.count();
    const cases = [
      [{ title: "Judul", body: "  \n\n " }, "body", "reports.errors.bodyRequired"],
      [{ title: "Judul", body: "a".repeat(PRESS_BODY_MAX + 1) }, "body", "reports.errors.bodyTooLong"],
      [{ title: " ", body: "Isi" }, "title", "reports.errors.titleRequired"],
    ] as const;
    for (const [input, field, key] of cases) {
      const error = await refusal(savePressRelease({ actor: organizer, eventId, input }));
      expect(error.code).toBe("invalid_input");
      expect(error.fieldErrors[field]?.key).toBe(key);
    }
    expect(await prisma().pressRelease.count()).toBe(0);
    expect(await prisma().auditLog.count()).toBe(audits);
  });

  it("cannot be saved or reset on another organisation's event", async () => {
    expect((await refusal(savePressRelease({ actor: stranger, eventId, input: { title: "Judul", body: "Isi" } }))).code).toBe("not_found");
    expect((await refusal(resetPressRelease({ actor: stranger, eventId }))).code).toBe("not_found");
    expect(await prisma().pressRelease.count()).toBe(0);
  });

  it("renders the template's page one as a sample", async () => {
    const file = (await pressReleaseFile(organizer, eventId, "pdf", PRINTED))!;
    const png = renderFirstPage(file.bytes, "siaran-pers");
    expect((await sharp(png).metadata()).width).toBeGreaterThan(500);
  });
});
