import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import type { DocumentFile } from "@/lib/documents/http";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import { fileSlug, zipFiles } from "@/lib/documents/zip";
import { letterContent } from "./letter-content";
import { renderLetterDocx } from "./letter-docx";
import { renderLetterPdf } from "./letter-pdf";
import { getEventLetter, getUnitLetter } from "./queries";

// The files of the surat undangan, each read through its authorized query first (null: not found).

/** The letter to every invited unit, as PDF or DOCX. */
export async function letterFile(actor: Actor | null, eventId: string, format: "pdf" | "docx"): Promise<DocumentFile | null> {
  const source = await getEventLetter(actor, eventId);
  if (!source) return null;
  const content = letterContent(source.event, source.letter);
  const letterhead = await loadLetterhead(source.event.organizationId);
  const bytes = format === "pdf" ? await renderLetterPdf(content, letterhead) : await renderLetterDocx(content, letterhead);
  return { bytes, format, name: `surat-undangan-${source.event.slug}` };
}

/** One PDF per invited unit, addressed to its head with its seats, in one ZIP. */
export async function unitLettersZip(actor: Actor | null, eventId: string): Promise<DocumentFile | null> {
  const source = await getEventLetter(actor, eventId);
  if (!source) return null;
  const letterhead = await loadLetterhead(source.event.organizationId);
  const taken = new Set<string>();
  const entries = [];
  for (const unit of source.units) {
    const slug = uniqueName(fileSlug(unit.name, "unit"), taken);
    entries.push({ path: `${slug}.pdf`, data: await renderLetterPdf(letterContent(source.event, source.letter, unit), letterhead) });
  }
  return { bytes: zipFiles(entries), format: "zip", name: `surat-undangan-per-unit-${source.event.slug}` };
}

/** The letter to one unit, for its coordinator in the unit portal (or an organiser). */
export async function unitLetterFile(actor: Actor | null, eventId: string, unitId: string): Promise<DocumentFile | null> {
  const source = await getUnitLetter(actor, eventId, unitId);
  if (!source) return null;
  const letterhead = await loadLetterhead(source.event.organizationId);
  const bytes = await renderLetterPdf(letterContent(source.event, source.letter, source.unit), letterhead);
  return { bytes, format: "pdf", name: `surat-undangan-${fileSlug(source.unit.name, "unit")}` };
}

/** Two units of the same name (in different provinces) still get a file each. */
function uniqueName(slug: string, taken: Set<string>): string {
  let name = slug;
  for (let n = 2; taken.has(name); n += 1) name = `${slug}-${n}`;
  taken.add(name);
  return name;
}
