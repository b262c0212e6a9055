import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

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

const parsed = new Map<FontFace, fontkit.Font>();

/**
 * The face parsed once per process and shared by every PDF: parsed anew for each document, Noto
 * Sans's layout tables cost ~0.3 s of every letter (a ZIP of 54 letters took half a minute).
 * pdfkit takes a parsed fontkit font as well as bytes.
 *
 * pdfkit maps each glyph to the characters of the first cluster it was drawn in. Noto Sans's
 * "ccmp" feature decomposes "ị" into "i" and a dot below, after which every "i" of the document
 * copies (and is searched) as "ị"; precomposed text without that feature maps one to one. It is
 * switched off here, in the font's own layout, rather than passed with every text call: pdfkit
 * caches the layout of each word only for calls without features.
 */
export function pdfFont(face: FontFace): fontkit.Font {
  let font = parsed.get(face);
  if (!font) {
    font = fontkit.create(fontBytes(face)) as fontkit.Font;
    const layout = font.layout.bind(font);
    font.layout = (text, features, ...rest) => layout(text, features ?? { ccmp: false }, ...rest);
    parsed.set(face, font);
  }
  return font;
}
