import "server-only";

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface AgendaAssets {
  /** The page's stylesheet, inlined in a <style> so the first paint needs no second request. */
  css: string;
  /** The browser script's URL, versioned by content so a deploy never serves a stale script. */
  scriptSrc: string;
}

/** Reads the built assets from a folder laid out like public/agenda/. */
export function loadAgendaAssets(dir: string): AgendaAssets {
  let css: string;
  let script: Buffer;
  try {
    css = readFileSync(path.join(dir, "agenda.css"), "utf8");
    script = readFileSync(path.join(dir, "agenda.js"));
  } catch (error) {
    throw new Error(
      `The agenda page's assets are missing from ${dir}: run \`npm run build\` (or \`node scripts/build-public-assets.mjs\`) first.`,
      { cause: error },
    );
  }
  const version = createHash("sha256").update(script).digest("hex").slice(0, 10);
  return { css, scriptSrc: `/agenda/agenda.js?v=${version}` };
}

let built: AgendaAssets | undefined;

/**
 * The assets of the running build, read once per process in production. In development the asset
 * watcher rewrites them while the server runs, so they are read on every call.
 */
export function agendaAssets(): AgendaAssets {
  const dir = path.join(process.cwd(), "public", "agenda");
  if (process.env.NODE_ENV !== "production") return loadAgendaAssets(dir);
  built ??= loadAgendaAssets(dir);
  return built;
}
