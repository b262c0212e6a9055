import { describe, expect, it } from "vitest";
import { checkParticipantRows } from "./check-rows";
import { attendanceModeFromCsv, MAX_PARTICIPANT_IMPORT_ROWS, parseParticipantsCsv, PARTICIPANT_CSV_TEMPLATE } from "./csv";

function checked(text: string) {
  const parsed = parseParticipantsCsv(text);
  if (!parsed.ok) throw new Error(`unexpected file problem ${parsed.problem.key}`);
  return checkParticipantRows(parsed.rows);
}

const problemsByLine = (rows: ReturnType<typeof checked>) =>
  Object.fromEntries(rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems.map((p) => `${p.column ?? "-"}:${p.key}`)]));

describe("reading a participants CSV", () => {
  it("accepts what Excel writes under an Indonesian locale: a byte order mark, semicolons, CRLF, headers in capitals", () => {
    const text = "\uFEFFNama;NIP;Jabatan;Pangkat;Email;WhatsApp;Kehadiran\r\n Hendra Wicaksono ;19760412 200003 1 001;Kepala Lapas;Pembina, IV/a;HENDRA@contoh.go.id;0812-3456-7890;Daring\r\n";
    const [row] = checked(text);
    expect(row).toMatchObject({ line: 2, problems: [] });
    expect(row!.person).toEqual({
      name: "Hendra Wicaksono",
      nip: "197604122000031001",
      position: "Kepala Lapas",
      rank: "Pembina, IV/a",
      email: "hendra@contoh.go.id",
      phone: "+6281234567890",
      attendanceMode: "ONLINE",
      notes: null,
    });
  });

  it("reads the downloadable template as one ready row", () => {
    const rows = checked(PARTICIPANT_CSV_TEMPLATE);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.problems).toEqual([]);
  });

  it("names each problem with its line and column, using the registration form's reasons", () => {
    const text = [
      "nama,nip,jabatan,pangkat,email,whatsapp,kehadiran",
      ",197604122000031001,Kepala Lapas,,,,luring", // 2: no name
      "Rina,197602302000031001,Kasubsi,,,,luring", // 3: 30 February
      "Yusuf,199203152015031003,Pranata Humas,,,12345,", // 4: not an Indonesian number
      "Dewi,198807222010122001,Pranata Humas,,dewi@,,hybrid", // 5: bad email, unknown mode
      "",
      "Made,199509182018011001,Pengelola,,a@b.go.id,,daring", // 7: same email as line 8
      "Andi,199509182018011001,Pengelola,,A@B.go.id,,daring", // 8: same NIP as line 7
    ].join("\n");
    expect(problemsByLine(checked(text))).toEqual({
      2: ["nama:validation.required"],
      3: ["nip:registrations.errors.nip.birthDate"],
      4: ["whatsapp:registrations.errors.phone"],
      5: ["email:validation.email", "kehadiran:participants.problems.modeUnknown"],
      7: ["nip:participants.problems.nipRepeated", "email:participants.problems.emailRepeated"],
      8: ["nip:participants.problems.nipRepeated", "email:participants.problems.emailRepeated"],
    });
    expect(checked(text).find((r) => r.line === 7)!.problems[0]!.values).toEqual({ lines: "7, 8" });
  });

  it("refuses files without the expected columns, without rows, or beyond the limits", () => {
    expect(parseParticipantsCsv("name,nip\nA,1\n")).toMatchObject({ ok: false, problem: { key: "participants.errors.csvMissingColumns" } });
    expect(parseParticipantsCsv("nama,nip,jabatan,pangkat,email,whatsapp,kehadiran\n")).toMatchObject({ ok: false, problem: { key: "participants.errors.csvEmpty" } });
    const line = "A,197604122000031001,Kepala,,,,\n";
    const tooMany = `nama,nip,jabatan,pangkat,email,whatsapp,kehadiran\n${line.repeat(MAX_PARTICIPANT_IMPORT_ROWS + 1)}`;
    expect(parseParticipantsCsv(tooMany)).toMatchObject({ ok: false, problem: { key: "participants.errors.csvTooManyRows" } });
  });

  it("knows luring and daring, and takes an empty cell as in person", () => {
    expect(["luring", "LURING", "", "daring", "Online", "hybrid"].map(attendanceModeFromCsv)).toEqual(["ON_SITE", "ON_SITE", "ON_SITE", "ONLINE", "ONLINE", null]);
  });
});
