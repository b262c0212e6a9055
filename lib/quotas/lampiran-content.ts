import { documentTexts } from "@/lib/documents/labels";
import { formatRangeInZone } from "@/lib/time";
import { letterDateLine, venueLine, type LetterEvent } from "@/lib/letters/event-details";

// What the Lampiran says, once, for its PDF and its DOCX.

export interface LampiranInput {
  event: LetterEvent;
  /** The saved letter's number and date; blanks to fill in by hand when there is none. */
  letter: { number: string; letterDate: Date } | null;
  /** Already in print order (province, then unit name). */
  rows: { unitName: string; province: string; seats: number }[];
}

export interface LampiranContent {
  title: string;
  heading: string;
  reference: [string, string][];
  subtitle: string;
  eventTitle: string;
  details: [string, string][];
  rows: [number, string, string, number][];
  total: [string, string];
}

const BLANK = "..............................";

export function lampiranContent({ event, letter, rows }: LampiranInput): LampiranContent {
  const t = documentTexts("quotas.lampiran");
  const details: [string, string][] = [];
  if (event.theme) details.push([t("theme"), `"${event.theme}"`]);
  details.push([t("dates"), formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, "id")], [t("venue"), venueLine(event)]);
  return {
    title: documentTexts("letters.document")("lampiranTitle", { title: event.title }),
    heading: t("heading"),
    reference: [
      [t("letterNumber"), letter?.number.trim() || BLANK],
      [t("letterDate"), letter ? letterDateLine(letter.letterDate.toISOString().slice(0, 10)) : BLANK],
    ],
    subtitle: t("subtitle"),
    eventTitle: event.title,
    details,
    rows: rows.map((row, i) => [i + 1, row.unitName, row.province, row.seats]),
    total: [t("total", { units: rows.length }), String(rows.reduce((sum, row) => sum + row.seats, 0))],
  };
}
