import { compactNip } from "@/lib/registrations/nip";
import { participantSchema, type ParticipantValues } from "@/lib/registrations/schema";
import { issueKey } from "@/lib/validation/zod";
import { attendanceModeFromCsv, type ParticipantCsvCells, type ParticipantCsvColumn, type ParticipantRowProblem } from "./csv";

// The checks an import row goes through without the database, in the preview and again when the
// file is imported: the registration form's own schema (so the import accepts exactly what the
// form accepts, with the same reasons), then NIPs and emails that appear twice in the file.

export interface CheckedParticipantRow {
  line: number;
  cells: ParticipantCsvCells;
  /** The person as they will be registered; null when the row has problems. */
  person: ParticipantValues | null;
  problems: ParticipantRowProblem[];
}

const COLUMN_OF_FIELD: Record<keyof ParticipantValues, ParticipantCsvColumn | null> = {
  name: "nama",
  nip: "nip",
  position: "jabatan",
  rank: "pangkat",
  email: "email",
  phone: "whatsapp",
  attendanceMode: "kehadiran",
  notes: null,
};

function checkCells(cells: ParticipantCsvCells): { person: ParticipantValues | null; problems: ParticipantRowProblem[] } {
  const mode = attendanceModeFromCsv(cells.kehadiran);
  const result = participantSchema.safeParse({
    name: cells.nama,
    nip: cells.nip,
    position: cells.jabatan,
    rank: cells.pangkat,
    email: cells.email,
    phone: cells.whatsapp,
    attendanceMode: mode ?? "ON_SITE",
    notes: "",
  });
  const problems: ParticipantRowProblem[] = [];
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const column = COLUMN_OF_FIELD[issue.path[0] as keyof ParticipantValues] ?? null;
      if (column && seen.has(column)) continue;
      if (column) seen.add(column);
      problems.push({ column, ...issueKey(issue) });
    }
  }
  if (!mode) problems.push({ column: "kehadiran", key: "participants.problems.modeUnknown", values: { value: cells.kehadiran } });
  return { person: result.success && mode ? result.data : null, problems };
}

/** The keys that identify a person in an event, as the unique indexes compare them. */
export function personKeys(cells: ParticipantCsvCells): { nip: string; email: string } {
  return { nip: compactNip(cells.nip), email: cells.email.trim().toLowerCase() };
}

function flagRepeats(rows: CheckedParticipantRow[], key: "nip" | "email", problemKey: string) {
  const linesOf = new Map<string, number[]>();
  for (const row of rows) {
    const value = personKeys(row.cells)[key];
    if (value !== "") linesOf.set(value, [...(linesOf.get(value) ?? []), row.line]);
  }
  for (const row of rows) {
    const lines = linesOf.get(personKeys(row.cells)[key]) ?? [];
    if (lines.length > 1) row.problems.push({ column: key, key: problemKey, values: { lines: lines.join(", ") } });
  }
}

export function checkParticipantRows(rows: { line: number; cells: ParticipantCsvCells; problems?: ParticipantRowProblem[] }[]): CheckedParticipantRow[] {
  const checked = rows.map((row): CheckedParticipantRow => {
    const { person, problems } = checkCells(row.cells);
    return { line: row.line, cells: row.cells, person, problems: [...(row.problems ?? []), ...problems] };
  });
  flagRepeats(checked, "nip", "participants.problems.nipRepeated");
  flagRepeats(checked, "email", "participants.problems.emailRepeated");
  for (const row of checked) if (row.problems.length > 0) row.person = null;
  return checked;
}
