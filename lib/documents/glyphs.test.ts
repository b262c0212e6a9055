import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import messages from "@/messages/id.json";
import { fontBytes, type FontFace } from "./fonts";

// pdfkit has no fallback font: a character Noto Sans lacks prints as an empty box. The texts
// documents print come from these namespaces of messages/id.json.
const PRINTED = ["documents", "spj", "organization.sample", "daftarHadir.sheet", "reports.document", "reports.press", "badges.pdf", "letters.document", "letters.defaults", "quotas.lampiran"];

const textsOf = (value: unknown): string[] => (typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(textsOf) : []);
const at = (path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("the embedded font", () => {
  it("has a glyph for every character of every text a document prints, in each face", () => {
    for (const face of ["regular", "bold"] as FontFace[]) {
      const font = fontkit.create(fontBytes(face)) as fontkit.Font;
      for (const namespace of PRINTED) {
        const texts = textsOf(at(namespace));
        expect(texts.length, namespace).toBeGreaterThan(0);
        const missing = [...new Set(texts.join("").normalize("NFC"))].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
        expect(missing, `${namespace} (${face})`).toEqual([]);
      }
    }
  });
});
