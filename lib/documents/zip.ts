import { createHash } from "node:crypto";
import { zipSync, type Zippable } from "fflate";

export interface ZipEntry {
  /** Path inside the archive, "/" separated. */
  path: string;
  data: Uint8Array;
}

export const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * A ZIP of the entries in the order given (PDF and DOCX are stored, being compressed already).
 * Paths must be unique: a second file with the same name would silently replace the first.
 */
export function zipFiles(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.path in files) throw new Error(`duplicate path in archive: ${entry.path}`);
    const stored = /\.(pdf|docx|xlsx|png|jpe?g|zip)$/i.test(entry.path);
    files[entry.path] = [entry.data, { level: stored ? 0 : 6 }];
  }
  return zipSync(files, { mtime: new Date() });
}

/** A name safe in every file system and archive tool: letters, digits, dashes. */
export function fileSlug(text: string, fallback = "dokumen"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 80);
  return slug || fallback;
}
