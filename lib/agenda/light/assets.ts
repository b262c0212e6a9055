import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";

export interface AgendaAssets {
  /** The page's stylesheet, inlined in a <style> so the first paint needs no second request. */
  css: string;
  /**
   * The browser script, inlined too: it runs before the first paint, so the device's zone, clock and
   * stars show at once instead of shifting the page, and a phone on hotel Wi-Fi makes one request.
   */
  script: string;
}

/** Reads the built assets from a folder laid out like public/agenda/. */
export function loadAgendaAssets(dir: string): AgendaAssets {
  let css: string;
  let script: string;
  try {
    css = readFileSync(path.join(dir, "agenda.css"), "utf8");
    script = readFileSync(path.join(dir, "agenda.js"), "utf8");
  } catch (error) {
    throw new Error(
      `The agenda page's assets are missing from ${dir}: run \`npm run build\` (or \`node scripts/build-public-assets.mjs\`) first.`,
      { cause: error },
    );
  }
  return { css, script };
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
