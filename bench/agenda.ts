import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import { gzipSync } from "node:zlib";
import path from "node:path";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium, devices } from "@playwright/test";
import { startProductionServer } from "./server";

// The public agenda on a phone and under load (issue 5): serves the production build (run
// `npm run build` first) on a fresh embedded database with the demo event, then
//   1. JavaScript and HTML bytes the agenda page sends to a phone (compressed, as transferred);
//   2. Lighthouse, mobile preset (its default), BENCH_LH_RUNS runs (5): median performance and accessibility;
//   3. a loopback load test (autocannon) of the agenda page against static content of the same build:
//      a prerendered static route (the web app manifest), a build chunk of about the page's size and a
//      small icon, alternating so all see the same noise.
//
//   npx tsx bench/agenda.ts
// Everything stays on 127.0.0.1; Chromium is Debian's (CHROME_PATH, default /usr/bin/chromium).

const PORT = Number(process.env.BENCH_PORT ?? 3201);
const BASE = `http://127.0.0.1:${PORT}`;
const AGENDA = "/e/rakor-humas-pemasyarakatan-2024/agenda";
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"];
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 3);
const CONNECTIONS = 20;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function pageBytes() {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.filter((f) => !f.startsWith("--headless")) });
  try {
    const context = await browser.newContext({ ...devices["Pixel 7"], serviceWorkers: "block" });
    const page = await context.newPage();
    const sizes: { url: string; type: string; bytes: number }[] = [];
    page.on("requestfinished", (request) => {
      void request.sizes().then((s) => sizes.push({ url: request.url(), type: request.resourceType(), bytes: s.responseBodySize }));
    });
    const response = await page.goto(BASE + AGENDA, { waitUntil: "networkidle" });
    if (response?.status() !== 200) throw new Error(`agenda answered ${response?.status()}`);
    await page.waitForTimeout(500);
    const sum = (type: string) => sizes.filter((s) => s.type === type).reduce((total, s) => total + s.bytes, 0);
    // Scripts written into the page travel inside the HTML: counted on their own, compressed alone
    // (an upper bound of what they add to the compressed document).
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll("script:not([src])")].filter((s) => !(s as HTMLScriptElement).type || (s as HTMLScriptElement).type === "text/javascript").map((s) => s.textContent ?? "").join("\n"),
    );
    return {
      js: sum("script"),
      scripts: sizes.filter((s) => s.type === "script").length,
      inlineJs: gzipSync(inline).byteLength,
      inlineJsRaw: Buffer.byteLength(inline),
      html: sum("document"),
      css: sum("stylesheet"),
      encoding: response.headers()["content-encoding"] ?? "none",
    };
  } finally {
    await browser.close();
  }
}

async function lighthouseRuns() {
  const results: { performance: number; accessibility: number; failing: string[] }[] = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(BASE + AGENDA, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error("Lighthouse returned no result");
      const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => a.id);
      results.push({ performance: Math.round((lhr.categories.performance?.score ?? 0) * 100), accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100), failing });
      console.log(`  run ${i + 1}: performance ${results.at(-1)!.performance}, accessibility ${results.at(-1)!.accessibility}${failing.length ? ` (failing: ${failing.join(", ")})` : ""}`);
    } finally {
      await chrome.kill();
    }
  }
  return { performance: median(results.map((r) => r.performance)), accessibility: median(results.map((r) => r.accessibility)) };
}

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, headers: { "accept-encoding": "gzip" } });
  return { rps: result.requests.average, errors: result.errors + result.timeouts + result.non2xx, p99: result.latency.p99 };
}

/** The build's JavaScript chunk closest in size to `bytes`, as a static file of comparable weight. */
async function chunkNear(bytes: number): Promise<string> {
  const dir = ".next/static/chunks";
  const files = await Promise.all((await readdir(dir)).filter((f) => f.endsWith(".js")).map(async (f) => ({ f, size: (await stat(path.join(dir, f))).size })));
  files.sort((a, b) => Math.abs(a.size - bytes) - Math.abs(b.size - bytes));
  return `/_next/static/chunks/${files[0]!.f}`;
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "rakor-bench-agenda-"));
  const server = startProductionServer(PORT, { RAKOR_DATA_DIR: dataDir, HOSTNAME: "127.0.0.1" });
  try {
    await server.ready;
    const first = await fetch(BASE + AGENDA);
    const pageSize = (await first.arrayBuffer()).byteLength;
    if (first.status !== 200) throw new Error(`agenda answered ${first.status}`);
    console.log(`Rakor public agenda benchmark, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), Node ${process.version}`);

    const bytes = await pageBytes();
    console.log(`\n1. Bytes sent to a phone for ${AGENDA} (${bytes.encoding})`);
    console.log(`  JavaScript: ${kb(bytes.js)} in ${bytes.scripts} files + ${kb(bytes.inlineJs)} inline (${kb(bytes.inlineJsRaw)} uncompressed) = ${kb(bytes.js + bytes.inlineJs)}`);
    console.log(`  HTML: ${kb(bytes.html)} (${kb(pageSize)} uncompressed, inline script included); CSS files: ${kb(bytes.css)}`);

    console.log(`\n2. Lighthouse ${LH_RUNS}× (mobile preset)`);
    const lh = await lighthouseRuns();
    console.log(`  median: performance ${lh.performance}, accessibility ${lh.accessibility}`);

    const chunk = await chunkNear(pageSize);
    // A prerendered static route of the build (○ in `next build`'s list, served from the same cache
    // as the agenda), and two files from Next.js's static file server.
    const targets = {
      agenda: AGENDA,
      "static route (manifest)": "/manifest.webmanifest",
      [`static file chunk (${kb((await stat(path.join(".next", chunk.replace("/_next/", "")))).size)})`]: chunk,
      "static file icon (2 KB)": "/icons/icon-192.png",
    };
    console.log(`\n3. Load test: ${CONNECTIONS} connections, ${LOAD_SECONDS} s a run, ${LOAD_ROUNDS} alternating rounds, gzip accepted`);
    const runs: Record<string, { rps: number; errors: number; p99: number }[]> = {};
    for (let round = 0; round < LOAD_ROUNDS; round++) {
      for (const [name, target] of Object.entries(targets)) (runs[name] ??= []).push(await load(BASE + target));
    }
    const agendaRps = median(runs.agenda!.map((r) => r.rps));
    for (const [name, list] of Object.entries(runs)) {
      const rps = median(list.map((r) => r.rps));
      const ratio = name === "agenda" ? "" : `  agenda/this = ${(agendaRps / rps).toFixed(2)}`;
      console.log(`  ${name.padEnd(30)} median ${rps.toFixed(0).padStart(6)} req/s, p99 ${median(list.map((r) => r.p99))} ms, errors+non-2xx ${list.reduce((s, r) => s + r.errors, 0)}${ratio}`);
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
