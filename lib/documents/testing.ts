import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { unzipSync, strFromU8 } from "fflate";

// For tests of documents: read back what a reader's PDF viewer would show, render page 1 to a PNG
// someone can look at (test-results/documents/, and docs/samples/ with UPDATE_SAMPLES=1), and
// read the text of a DOCX as Word stores it.

export interface PdfRead {
  pages: string[];
  text: string;
  /** Names of the fonts the PDF uses, e.g. "AAAAAA+NotoSans". */
  fonts: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await pdf.destroy();
  const raw = Buffer.from(bytes).toString("latin1");
  const fonts = [...new Set([...raw.matchAll(/\/BaseFont\s*\/([A-Za-z0-9+_-]+)/g)].map((m) => m[1]!))];
  return { pages, text: pages.join("\n"), fonts };
}

const ARTEFACTS = path.join(process.cwd(), "test-results", "documents");
const SAMPLES = path.join(process.cwd(), "docs", "samples");

/**
 * Renders page 1 with poppler's pdftoppm (the Debian package poppler-utils) to
 * test-results/documents/<name>.png and returns the PNG's bytes.
 */
export function renderFirstPage(bytes: Uint8Array, name: string, options: { dpi?: number } = {}): Buffer {
  mkdirSync(ARTEFACTS, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), "rakor-pdf-"));
  try {
    const input = path.join(work, "in.pdf");
    writeFileSync(input, bytes);
    execFileSync("pdftoppm", ["-png", "-r", String(options.dpi ?? 80), "-f", "1", "-l", "1", "-singlefile", input, path.join(work, "page")]);
    const target = path.join(ARTEFACTS, `${name}.png`);
    copyFileSync(path.join(work, "page.png"), target);
    if (process.env.UPDATE_SAMPLES === "1") {
      mkdirSync(SAMPLES, { recursive: true });
      copyFileSync(target, path.join(SAMPLES, `${name}.png`));
    }
    return readFileSync(target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Opens a DOCX in LibreOffice (the Debian package libreoffice-writer-nogui), as a regional office
 * would: returns the PDF it prints (page 1 goes to test-results/documents/<name>.png like a PDF's)
 * and the text it read.
 * A separate profile per call, so parallel test files do not share one LibreOffice instance.
 */
export function printDocxWithLibreOffice(bytes: Uint8Array, name: string): { pdf: Buffer; text: string } {
  const work = mkdtempSync(path.join(tmpdir(), "rakor-docx-"));
  try {
    const input = path.join(work, `${name}.docx`);
    writeFileSync(input, bytes);
    const convert = (format: string) =>
      execFileSync("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--norestore", "--convert-to", format, "--outdir", work, input], { stdio: "pipe", timeout: 120_000 });
    convert("pdf");
    const pdf = readFileSync(path.join(work, `${name}.pdf`));
    renderFirstPage(pdf, name);
    // The text as LibreOffice read it from the file. Not the text of its PDF: LibreOffice's PDF
    // export maps glyphs to characters by cluster as pdfkit did, so "Thị" makes every "i" copy as "ị".
    convert("txt:Text (encoded):UTF8");
    return { pdf, text: readFileSync(path.join(work, `${name}.txt`), "utf8").replace(/^\uFEFF/, "") };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The paragraphs of word/document.xml (tables included), tags stripped, entities decoded. */
export function readDocx(bytes: Uint8Array): { paragraphs: string[]; text: string; files: string[] } {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files["word/document.xml"]!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(""),
  );
  return { paragraphs, text: paragraphs.join("\n"), files: Object.keys(files) };
}

const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
