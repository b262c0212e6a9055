import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { printDocxWithLibreOffice, readDocx, readPdf, renderFirstPage } from "@/lib/documents/testing";
import { lampiranFile } from "@/lib/quotas/lampiran-response";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import { seedDemo } from "@/prisma/seed/demo";
import { printableLetterhead } from "@/lib/documents/letterhead";
import { DITJENPAS } from "@/prisma/seed/organization";
import { letterContent } from "./letter-content";
import { letterFile, unitLetterFile, unitLettersZip } from "./letter-files";
import { renderLetterPdf } from "./letter-pdf";
import { getEventLetter } from "./queries";
import { saveLetter } from "./save-letter";
import type { LetterFormInput } from "./schema";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let eventId: string;
let karanganyarId: string;
let semarangId: string;
const DIACRITIC_UNIT = "Lapas Perempuan Kelas IIA Sungguminasa – Gowa (Ujung Pandang Baru)";
const ADDRESSEE = "Kepala Bapas Kelas I Makassar u.p. Ibu Lestārī Wulandarī";

const LETTER: LetterFormInput = {
  number: "PAS-HM.01.02-123",
  nature: "Penting",
  attachment: "1 (satu) berkas",
  subject: "Undangan Rapat Koordinasi Humas Desember 2026",
  letterDate: "2026-12-01",
  place: "Jakarta",
  addressees: `Kepala UPT Pemasyarakatan se-Indonesia\n${ADDRESSEE}`,
  opening: "Dalam rangka memperkuat sinergi kehumasan, Direktorat Jenderal Pemasyarakatan akan menyelenggarakan Rapat Koordinasi Humas yang akan dilaksanakan pada:",
  agenda: "Rapat Koordinasi Humas dengan tema \"Humas Bergerak Bersama\"",
  dressCode: "Pakaian Dinas Harian (PDH)",
  travelCosts: "Biaya perjalanan dinas dibebankan pada DIPA satuan kerja masing-masing.",
  contacts: "Nguyễn Thị Minh – 0812 3456 7890\nSiti Nur'aini – 0813 1111 2222",
  closing: "Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.",
  signatoryTitle: "a.n. Direktur Jenderal Pemasyarakatan\nSekretaris Direktorat Jenderal,",
  signatoryName: "Dr. Supriyanto, S.H., M.H.",
  signatoryNip: "197001011990031001",
  copies: "Direktur Jenderal Pemasyarakatan\nKepala Kantor Wilayah se-Indonesia",
};

const flat = (text: string) => text.replace(/\s+/g, " ");

// A four-day meeting on 22–25 December 2026 in Jakarta, 08.00–16.00 WIB, whatever TZ the tests run in.
beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(prisma()));
  const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const event = await prisma().event.create({
    data: {
      organizationId: demo.organizationId, slug: "rakor-humas-desember-2026", title: "Rapat Koordinasi Humas Desember 2026", theme: "Humas Bergerak Bersama",
      venueName: "Hotel Mercure Jakarta Batavia", venueRoom: "Ballroom", venueCity: "Jakarta Barat", timeZone: "Asia/Jakarta",
      startsAt: new Date("2026-12-22T08:00:00+07:00"), endsAt: new Date("2026-12-25T16:00:00+07:00"), capacity: 60,
      registrationOpensAt: new Date("2026-11-01T00:00:00Z"), registrationClosesAt: new Date("2026-12-15T00:00:00Z"), status: "PUBLISHED",
    },
  });
  eventId = event.id;
  const unit = async (code: string) => (await prisma().unit.findFirstOrThrow({ where: { code } })).id;
  [karanganyarId, semarangId] = [await unit("JTG-LPKA-KRA"), await unit("JTG-LP-SMG")];
  const third = await prisma().unit.findFirstOrThrow({ where: { code: { notIn: ["JTG-LPKA-KRA", "JTG-LP-SMG"] } } });
  await prisma().unit.update({ where: { id: third.id }, data: { name: DIACRITIC_UNIT } });
  await prisma().unitQuota.createMany({ data: [{ eventId, unitId: karanganyarId, seats: 3 }, { eventId, unitId: semarangId, seats: 12 }, { eventId, unitId: third.id, seats: 2 }] });
});

describe("the surat undangan before it is filled in", () => {
  it("prints the defaults drawn from the event on one page, without a page number, and a dotted number", async () => {
    const source = await getEventLetter(organizer, eventId);
    expect(source?.saved).toBeNull();
    expect(source?.letter).toMatchObject({ number: "", nature: "Biasa", attachment: "1 (satu) berkas", subject: "Undangan Rapat Koordinasi Humas Desember 2026", place: "Jakarta Barat", addressees: "Kepala UPT Pemasyarakatan se-Indonesia" });
    const read = await readPdf((await letterFile(organizer, eventId, "pdf"))!.bytes);
    expect(read.pages).toHaveLength(1);
    const text = flat(read.text);
    expect(text).toContain("Nomor : ..............................");
    expect(text).toContain("Yth. Kepala UPT Pemasyarakatan se-Indonesia");
    expect(text).toContain("di Tempat");
    expect(text).toContain("Hari, tanggal : Selasa s.d. Jumat, 22–25 Desember 2026");
    expect(text).toContain("Waktu : Pukul 08.00 s.d. 16.00 WIB");
    expect(text).toContain("Tempat : Ballroom, Hotel Mercure Jakarta Batavia, Jakarta Barat");
    expect(text).toContain("sesuai jumlah yang tercantum dalam Lampiran");
    expect(text).not.toContain("Hal. 1");
    expect(text).not.toContain("Tembusan");
    const lampiran = flat((await readPdf((await lampiranFile(organizer, eventId, "pdf"))!.bytes)).text);
    expect(lampiran).toContain("Surat Nomor : ..............................");
    expect(lampiran).toContain("Tanggal : ..............................");
  });
});

describe("the organiser saves the letter", () => {
  it("prints the saved number, date, addressees and sign-off on the letter and the Lampiran, in PDF and DOCX alike", async () => {
    await saveLetter({ actor: organizer, eventId, input: LETTER });
    const source = await getEventLetter(organizer, eventId);
    expect(source?.saved?.by).toBe(organizer.name);
    expect(await prisma().auditLog.count({ where: { eventId, action: "event.letter" } })).toBe(1);

    const pdf = (await letterFile(organizer, eventId, "pdf"))!;
    expect(pdf.name).toBe("surat-undangan-rakor-humas-desember-2026");
    const read = await readPdf(pdf.bytes);
    expect(read.fonts.every((font) => /NotoSans/.test(font))).toBe(true);
    expect(read.pages).toHaveLength(1);
    const text = flat(read.text);
    for (const expected of [
      "Nomor : PAS-HM.01.02-123", "Sifat : Penting", "Lampiran : 1 (satu) berkas", "Hal : Undangan Rapat Koordinasi Humas Desember 2026",
      "Jakarta, 1 Desember 2026", `2. ${ADDRESSEE}`, "Nguyễn Thị Minh – 0812 3456 7890", "Dr. Supriyanto, S.H., M.H.", "NIP. 197001011990031001",
      "Sekretaris Direktorat Jenderal,", "Tembusan:", "2. Kepala Kantor Wilayah se-Indonesia", "Pakaian : Pakaian Dinas Harian (PDH)",
    ]) expect(text).toContain(expected);
    renderFirstPage(pdf.bytes, "surat-undangan");

    const docxBytes = (await letterFile(organizer, eventId, "docx"))!.bytes;
    const docx = readDocx(docxBytes);
    const docxText = flat(docx.paragraphs.join(" "));
    const same = ["PAS-HM.01.02-123", "Jakarta, 1 Desember 2026", `2. ${ADDRESSEE}`, "– Nguyễn Thị Minh – 0812 3456 7890", "Dr. Supriyanto, S.H., M.H.", "NIP. 197001011990031001", "Selasa s.d. Jumat, 22–25 Desember 2026", "Pukul 08.00 s.d. 16.00 WIB", "2. Kepala Kantor Wilayah se-Indonesia"];
    for (const expected of same) expect(docxText).toContain(expected);
    expect(docx.files.some((file) => /^word\/fonts\//.test(file))).toBe(true);
    // LibreOffice opens it as an office that edits the letter would, on one page.
    const printed = printDocxWithLibreOffice(docxBytes, "surat-undangan-docx");
    for (const expected of same) expect(flat(printed.text.normalize("NFC"))).toContain(expected);
    expect((await readPdf(printed.pdf)).pages).toHaveLength(1);

    const lampiranPdf = (await lampiranFile(organizer, eventId, "pdf"))!;
    const lampiran = flat((await readPdf(lampiranPdf.bytes)).text);
    expect(lampiran).toContain("Surat Nomor : PAS-HM.01.02-123");
    expect(lampiran).toContain("Tanggal : 1 Desember 2026");
    expect(lampiran).toContain(DIACRITIC_UNIT);
    expect(lampiran).toContain("Jumlah (3 unit) 17");
    renderFirstPage(lampiranPdf.bytes, "lampiran");
    const lampiranDocxBytes = (await lampiranFile(organizer, eventId, "docx"))!.bytes;
    const lampiranDocx = flat(readDocx(lampiranDocxBytes).paragraphs.join(" "));
    for (const expected of ["Surat Nomor : PAS-HM.01.02-123", "Tanggal : 1 Desember 2026", DIACRITIC_UNIT, "Jumlah (3 unit)", "17"]) expect(lampiranDocx).toContain(expected);
    const lampiranPrinted = flat(printDocxWithLibreOffice(lampiranDocxBytes, "lampiran-docx").text.normalize("NFC"));
    for (const expected of ["Surat Nomor : PAS-HM.01.02-123", DIACRITIC_UNIT, "Jumlah (3 unit)"]) expect(lampiranPrinted).toContain(expected);
  }, 240_000);

  it("refuses an over-long field, an impossible date or a short NIP with a message on that field, and writes nothing", async () => {
    const before = await prisma().eventLetter.findUniqueOrThrow({ where: { eventId } });
    const audits = await prisma().auditLog.count({ where: { eventId } });
    const bad: [Partial<LetterFormInput>, string, string][] = [
      [{ subject: "x".repeat(301) }, "subject", "validation.tooBig"],
      [{ letterDate: "2026-02-30" }, "letterDate", "letters.errors.date"],
      [{ letterDate: "1 Desember 2026" }, "letterDate", "letters.errors.date"],
      [{ signatoryNip: "19700101" }, "signatoryNip", "letters.errors.nip"],
      [{ addressees: "  " }, "addressees", "validation.required"],
    ];
    for (const [change, field, key] of bad) {
      await expect(saveLetter({ actor: organizer, eventId, input: { ...LETTER, number: "PAS-BARU", ...change } })).rejects.toMatchObject({ code: "invalid_input", fieldErrors: { [field]: { key } } });
    }
    expect(await prisma().eventLetter.findUniqueOrThrow({ where: { eventId } })).toEqual(before);
    expect(await prisma().auditLog.count({ where: { eventId } })).toBe(audits);
  });

  it("may leave the number blank until SRIKANDI numbers it, and only an organiser may save it", async () => {
    await saveLetter({ actor: organizer, eventId, input: { ...LETTER, number: "  " } });
    expect(flat((await readPdf((await letterFile(organizer, eventId, "pdf"))!.bytes)).text)).toContain("Nomor : ..............................");
    await expect(saveLetter({ actor: coordinator, eventId, input: LETTER })).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveLetter({ actor: doorStaff, eventId, input: LETTER })).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveLetter({ actor: organizer, eventId: "tidak-ada", input: LETTER })).rejects.toMatchObject({ code: "not_found" });
    await expect(letterFile(coordinator, eventId, "pdf")).rejects.toMatchObject({ code: "forbidden" });
    await saveLetter({ actor: organizer, eventId, input: LETTER });
  });
});

describe("a letter longer than a page", () => {
  it("numbers its pages 'Hal. 1 dari 2', where a one-page letter has none", async () => {
    const event = { title: "Rakor", theme: null, startsAt: new Date("2026-12-22T01:00:00Z"), endsAt: new Date("2026-12-22T09:00:00Z"), timeZone: "Asia/Jakarta", venueName: "Hotel Uji", venueRoom: null, venueAddress: null, venueCity: "Jakarta" };
    const long = { ...LETTER, signatoryNip: LETTER.signatoryNip ?? null, copies: Array.from({ length: 40 }, (_, i) => `Kepala Kantor Wilayah ${i + 1}`).join("\n") };
    const read = await readPdf(await renderLetterPdf(letterContent(event, long), await printableLetterhead({ ...DITJENPAS, logo: null, logoType: null })));
    expect(read.pages.length).toBe(2);
    read.pages.forEach((page, i) => expect(page).toContain(`Hal. ${i + 1} dari 2`));
    expect(flat(read.text)).toContain("40. Kepala Kantor Wilayah 40");
    expect(flat(read.text)).toContain("Hari, tanggal : Selasa, 22 Desember 2026");
  });
});

describe("the letters per unit", () => {
  it("zips one PDF per invited unit, each addressed to the unit's head with its seats in words", async () => {
    const zip = (await unitLettersZip(organizer, eventId))!;
    const files = unzipSync(zip.bytes);
    const names = Object.keys(files);
    expect(names).toHaveLength(await prisma().unitQuota.count({ where: { eventId } }));
    expect(names).toContain("lapas-perempuan-kelas-iia-sungguminasa-gowa-ujung-pandang-baru.pdf");
    const semarang = await prisma().unit.findUniqueOrThrow({ where: { id: semarangId } });
    const read = await readPdf(files[`${semarang.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`]!);
    const text = flat(read.text);
    expect(text).toContain(`Yth. Kepala ${semarang.name}`);
    expect(text).toContain("menugaskan 12 (dua belas) orang pegawai");
    expect(text).toContain("Nomor : PAS-HM.01.02-123");
    expect(text).not.toContain("Kepala UPT Pemasyarakatan se-Indonesia");
    const gowa = flat((await readPdf(files["lapas-perempuan-kelas-iia-sungguminasa-gowa-ujung-pandang-baru.pdf"]!)).text);
    expect(gowa).toContain(`Yth. Kepala ${DIACRITIC_UNIT}`);
    expect(gowa).toContain("menugaskan 2 (dua) orang");
  });

  it("gives a unit coordinator their own unit's letter, and another unit's is not found", async () => {
    const own = await unitLetterFile(coordinator, eventId, karanganyarId);
    expect(own?.format).toBe("pdf");
    const text = flat((await readPdf(own!.bytes)).text);
    const karanganyar = await prisma().unit.findUniqueOrThrow({ where: { id: karanganyarId } });
    expect(text).toContain(`Kepala ${karanganyar.name}`);
    expect(text).toContain("menugaskan 3 (tiga) orang pegawai");
    renderFirstPage(own!.bytes, "surat-undangan-unit");

    expect(await unitLetterFile(coordinator, eventId, semarangId)).toBeNull();
    await expect(unitLetterFile(null, eventId, karanganyarId)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(unitLetterFile(doorStaff, eventId, karanganyarId)).rejects.toMatchObject({ code: "forbidden" });
    // An event that did not invite the unit, and a draft, have no letter for it.
    const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
    const uninvited = await prisma().unit.findFirstOrThrow({ where: { quotas: { none: { eventId } } } });
    expect(await unitLetterFile(organizer, eventId, uninvited.id)).toBeNull();
    await prisma().event.update({ where: { id: eventId }, data: { status: "DRAFT" } });
    expect(await unitLetterFile(coordinator, eventId, karanganyarId)).toBeNull();
    await prisma().event.update({ where: { id: eventId }, data: { status: "PUBLISHED" } });
    expect(demo.id).not.toBe(eventId);
  });
});
