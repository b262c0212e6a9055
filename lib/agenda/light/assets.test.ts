import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildPublicAssets } from "@/scripts/build-public-assets.mjs";
import { loadAgendaAssets } from "./assets";

const fixtures = path.join(import.meta.dirname, "__fixtures__");
const fixturePaths = {
  scriptEntry: path.join(fixtures, "browser.ts"),
  cssEntry: path.join(fixtures, "agenda.css"),
};

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "rakor-agenda-assets-"));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe("the light agenda page's asset build", () => {
  it("bundles the browser script into one self-contained IIFE, helpers from `@/` included", async () => {
    await buildPublicAssets({ outDir, ...fixturePaths });
    const script = await readFile(path.join(outDir, "agenda.js"), "utf8");

    expect(script).toMatch(/^"use strict";\(\(\)=>\{[\s\S]*\}\)\(\);\s*$/);
    // The zone helper's table was inlined rather than left as a module reference.
    expect(script).toContain("Asia/Makassar");
    expect(script).toContain("WITA");
    expect(script).not.toMatch(/\brequire\(|^\s*import[\s{*"]|\bimport\s*\(|\bexport\s*[{*]/m);
    expect(script).not.toContain("sourceMappingURL");
  });

  it("keeps the utilities the templates use, with the brand colours, and drops the rest", async () => {
    await buildPublicAssets({ outDir, ...fixturePaths });
    const css = await readFile(path.join(outDir, "agenda.css"), "utf8");

    expect(css).toContain(".bg-brand-700{");
    expect(css).toContain("--color-brand-700:#0f5864");
    expect(css).toContain(".min-h-11{");
    // The shared base rules came along with the theme.
    expect(css).toMatch(/:focus-visible\{outline:3px solid var\(--color-brand-600\)/);
    expect(css).not.toContain(".grid-cols-7");
    expect(css).not.toContain(".bg-brand-50");
    // Minified: no line per declaration.
    expect(css.split("\n").length).toBeLessThan(10);
  });

  it("refuses a browser script whose imports reach a server-only module", async () => {
    await expect(
      buildPublicAssets({ outDir, ...fixturePaths, scriptEntry: path.join(fixtures, "leaky-browser.ts") }),
    ).rejects.toThrow(/"server-only" must not reach the browser bundle \(imported by lib\/agenda\/light\/__fixtures__\/server-module\.ts\)/);
  });

  it("hands the page its stylesheet and script as text to inline", async () => {
    await buildPublicAssets({ outDir, ...fixturePaths });

    const assets = loadAgendaAssets(outDir);

    expect(assets.script).toBe(await readFile(path.join(outDir, "agenda.js"), "utf8"));
    expect(assets.css).toBe(await readFile(path.join(outDir, "agenda.css"), "utf8"));
  });

  it("tells the developer to build the assets when they are missing", () => {
    expect(() => loadAgendaAssets(outDir)).toThrow(/run `npm run build`/);
  });
});
