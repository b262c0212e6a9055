import { FONT } from "@/lib/documents/fonts";
import { documentTexts } from "@/lib/documents/labels";
import { drawLetterhead, type LetterheadData } from "@/lib/documents/letterhead";
import { createPdf, type PrintedBy } from "@/lib/documents/pdf";
import { drawTable } from "@/lib/documents/table";
import { sha256, type ZipEntry } from "@/lib/documents/zip";
import { formatRangeInZone } from "@/lib/time";

export interface PackFile {
  path: string;
  /** A key under spj.pack.files, or a ready title. */
  title: string;
  titleValues?: Record<string, string>;
  data: Uint8Array;
}

export interface ManifestInput {
  event: { slug: string; title: string; startsAt: Date; endsAt: Date; timeZone: string };
  letterhead: LetterheadData;
  printed: PrintedBy;
  files: readonly PackFile[];
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`);

/**
 * The files that describe the pack: 00-daftar-isi.pdf (what each file is, its size and SHA-256,
 * on the letterhead), manifest.json (the same for programs) and SHA256SUMS, which
 * `sha256sum -c SHA256SUMS` checks in the unpacked folder.
 */
export async function renderManifest({ event, letterhead, printed, files }: ManifestInput): Promise<ZipEntry[]> {
  const t = documentTexts("spj.pack");
  const titleOf = (file: PackFile) => (file.title in FILE_KEYS ? t(`files.${file.title}`, file.titleValues) : file.title);
  const listed = files.map((file) => ({ path: file.path, title: titleOf(file), bytes: file.data.byteLength, sha256: sha256(file.data) }));

  const pdf = createPdf({ title: `${t("manifestHeading")} - ${event.title}` });
  drawLetterhead(pdf, letterhead);
  pdf.doc.font(FONT.bold).fontSize(12).text(t("manifestHeading"), pdf.left, pdf.doc.y, { width: pdf.width, align: "center" });
  pdf.doc.font(FONT.bold).fontSize(10.5).text(event.title, { width: pdf.width, align: "center" });
  pdf.doc.font(FONT.regular).fontSize(9.5).text(formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, "id"), { width: pdf.width, align: "center" });
  pdf.doc.moveDown(0.6).fontSize(9).text(t("manifestIntro"), pdf.left, pdf.doc.y, { width: pdf.width });
  pdf.doc.moveDown(0.6);
  drawTable(pdf, {
    columns: [
      { header: t("columnNo"), weight: 3, align: "right" },
      { header: t("columnFile"), weight: 22 },
      { header: t("columnContent"), weight: 22 },
      { header: t("columnSize"), weight: 7, align: "right" },
      { header: t("columnHash"), weight: 26 },
    ],
    rows: listed.map((file, i) => [String(i + 1), file.path, file.title, size(file.bytes), file.sha256]),
    fontSize: 7.5,
  });
  const contents = new Uint8Array(await pdf.finish({ printed }));
  const json = {
    event: { slug: event.slug, title: event.title, startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString(), timeZone: event.timeZone },
    generatedAt: printed.at.toISOString(),
    generatedBy: printed.by,
    files: listed,
  };
  const encoder = new TextEncoder();
  return [
    { path: "00-daftar-isi.pdf", data: contents },
    { path: "manifest.json", data: encoder.encode(`${JSON.stringify(json, null, 2)}\n`) },
    { path: "SHA256SUMS", data: encoder.encode(listed.map((file) => `${file.sha256}  ${file.path}\n`).join("")) },
  ];
}

const FILE_KEYS = { letter: 1, letterDocx: 1, lampiran: 1, summaryPdf: 1, summaryXlsx: 1, daftarHadirPdf: 1, daftarHadirXlsx: 1, report: 1, reportDocx: 1 } as const;
