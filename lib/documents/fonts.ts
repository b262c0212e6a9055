import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

// Noto Sans as Google Fonts ships it: one TTF per face that covers Latin, Latin Extended and
// Vietnamese (and Greek and Cyrillic), so "Lestārī" and "Nguyễn" print as typed. Fontsource's
// files are split by Unicode range, and neither pdfkit nor Word falls back from one file to another.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
const FILES = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
} as const;

export type FontFace = keyof typeof FILES;

/** The family name documents use (PDF) and declare with the embedded files (DOCX). */
export const FONT_FAMILY = "Noto Sans";

/** pdfkit names of the registered faces. */
export const FONT: Record<FontFace, string> = { regular: "NotoSans", bold: "NotoSans-Bold", italic: "NotoSans-Italic" };

const cache = new Map<FontFace, Buffer>();

/** The bytes of one face, read once per process. */
export function fontBytes(face: FontFace): Buffer {
  let bytes = cache.get(face);
  if (!bytes) {
    bytes = readFileSync(path.join(FONT_DIR, FILES[face]));
    cache.set(face, bytes);
  }
  return bytes;
}

const parsed = new Map<FontFace, object>();

/**
 * The face as pdfkit's font parser (fontkit) read it, shared by every PDF of the process. Parsed
 * anew for each document, Noto Sans's layout tables cost ~0.3 s of every letter; shared, a ZIP of
 * 54 letters takes a few seconds instead of half a minute. pdfkit takes a parsed font as well as
 * bytes, but does not export its parser: one throwaway document parses it.
 */
export function pdfFont(face: FontFace): PDFKit.Mixins.PDFFontSource {
  let font = parsed.get(face);
  if (!font) {
    const probe = new PDFDocument({ autoFirstPage: false });
    probe.registerFont(face, fontBytes(face));
    probe.font(face);
    font = (probe as unknown as { _font: { font: object } })._font.font;
    parsed.set(face, font);
  }
  return font as PDFKit.Mixins.PDFFontSource;
}
