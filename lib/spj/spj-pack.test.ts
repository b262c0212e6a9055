import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { readPdf, renderFirstPage } from "@/lib/documents/testing";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import { seedDemo } from "@/prisma/seed/demo";
import { buildSpjPack } from "./build-spj-pack";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let eventId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  ({ organizer, coordinator } = await demoActors(database.current.prisma));
  eventId = (await database.current.prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
});

describe("the SPJ pack", () => {
  it("is one ZIP whose table of contents lists every file, and whose SHA256SUMS sha256sum accepts", async () => {
    const pack = (await buildSpjPack({ actor: organizer, eventId, now: new Date("2026-12-27T03:00:00Z") }))!;
    const files = unzipSync(pack.bytes);
    const names = Object.keys(files);
    expect(names.slice(0, 3)).toEqual(["00-daftar-isi.pdf", "manifest.json", "SHA256SUMS"]);
    const sheets = names.filter((name) => name.startsWith("03-daftar-hadir/"));
    // The demo runs four days; each has its on-site sheet as PDF and XLSX.
    expect(sheets.filter((name) => /luring.*\.pdf$/.test(name))).toHaveLength(4);
    expect(sheets.filter((name) => /luring.*\.xlsx$/.test(name))).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(["01-surat-undangan.pdf", "01-surat-undangan.docx", "02-lampiran-surat-undangan.pdf", "04-rekap-kehadiran-per-unit.pdf", "04-rekap-kehadiran-per-unit.xlsx", "05-laporan-kegiatan.pdf", "05-laporan-kegiatan.docx"]));
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as { files: { path: string; sha256: string; bytes: number }[] };
    expect(manifest.files.map((file) => file.path)).toEqual(names.slice(3));
    for (const file of manifest.files) expect(files[file.path]!.byteLength).toBe(file.bytes);

    const folder = mkdtempSync(path.join(tmpdir(), "rakor-spj-"));
    try {
      for (const [name, data] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), data);
      }
      const checked = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: folder, encoding: "utf8" });
      expect(checked.trim().split("\n")).toEqual(manifest.files.map((file) => `${file.path}: OK`));
      // An altered file fails the check.
      writeFileSync(path.join(folder, manifest.files[0]!.path), "diubah");
      expect(() => execFileSync("sha256sum", ["-c", "--quiet", "SHA256SUMS"], { cwd: folder, stdio: "pipe" })).toThrow();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    const contents = await readPdf(files["00-daftar-isi.pdf"]!);
    expect(contents.text).toContain("DAFTAR ISI BERKAS SPJ");
    for (const file of manifest.files) expect(contents.text.replace(/\s+/g, "")).toContain(file.sha256);
    renderFirstPage(files["00-daftar-isi.pdf"]!, "spj-daftar-isi");
  });

  it("is for the event's organisers only", async () => {
    await expect(buildSpjPack({ actor: coordinator, eventId })).rejects.toMatchObject({ code: "forbidden" });
    expect(await buildSpjPack({ actor: organizer, eventId: "no-such-event" })).toBeNull();
  });
});
