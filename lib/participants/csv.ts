import { csvLine, parseCsvTable, type CsvMessage, type CsvRowProblem, type CsvTableFormat, type CsvTableRow } from "@/lib/csv/table";
import type { AttendanceMode } from "@/lib/generated/prisma/enums";

// The CSV a coordinator or organizer fills in to register a unit's delegates at once. Column names
// are in Bahasa Indonesia, as the people filling it in write them. Browser-safe.

export const PARTICIPANT_CSV_COLUMNS = ["nama", "nip", "jabatan", "pangkat", "email", "whatsapp", "kehadiran"] as const;
export type ParticipantCsvColumn = (typeof PARTICIPANT_CSV_COLUMNS)[number];
export type ParticipantCsvCells = Record<ParticipantCsvColumn, string>;
export type ParticipantRowProblem = CsvRowProblem<ParticipantCsvColumn>;
export type ParticipantCsvRow = CsvTableRow<ParticipantCsvColumn>;
export type ParsedParticipantsCsv = { ok: true; rows: ParticipantCsvRow[] } | { ok: false; problem: CsvMessage };

// A unit never has more than 1,000 seats (lib/quotas MAX_SEATS); the whole file goes in one
// request and one transaction, well within the 1 MB a server action accepts.
export const MAX_PARTICIPANT_IMPORT_BYTES = 500_000;
export const MAX_PARTICIPANT_IMPORT_ROWS = 1_000;

const FORMAT: CsvTableFormat<ParticipantCsvColumn> = {
  columns: PARTICIPANT_CSV_COLUMNS,
  maxBytes: MAX_PARTICIPANT_IMPORT_BYTES,
  maxBytesText: "500 KB",
  maxRows: MAX_PARTICIPANT_IMPORT_ROWS,
  keys: {
    tooLarge: "participants.errors.csvTooLarge",
    empty: "participants.errors.csvEmpty",
    missingColumns: "participants.errors.csvMissingColumns",
    tooManyRows: "participants.errors.csvTooManyRows",
    malformed: "participants.problems.malformed",
    columnCount: "participants.problems.columnCount",
  },
};

export function parseParticipantsCsv(input: string): ParsedParticipantsCsv {
  return parseCsvTable(input, FORMAT);
}

const MODE_WORDS = new Map<string, AttendanceMode>([
  ["", "ON_SITE"],
  ["luring", "ON_SITE"],
  ["offline", "ON_SITE"],
  ["on_site", "ON_SITE"],
  ["daring", "ONLINE"],
  ["online", "ONLINE"],
]);

/** "luring" (in person, also the default when empty) or "daring" (online); null for anything else. */
export function attendanceModeFromCsv(text: string): AttendanceMode | null {
  return MODE_WORDS.get(text.trim().toLowerCase()) ?? null;
}

/** The template offered for download: the header and one example row to overwrite. */
export const PARTICIPANT_CSV_TEMPLATE =
  "\uFEFF" +
  csvLine(PARTICIPANT_CSV_COLUMNS) +
  csvLine(["Budi Santoso", "197604122000031001", "Kepala Sub Seksi Pelaporan dan Tata Tertib", "Penata, III/c", "budi.santoso@contoh.go.id", "0812-3456-7890", "luring"]);
