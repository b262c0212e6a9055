import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// Shared by the benchmarks: a fresh database on a PostgreSQL server, the production server started
// the way `npm run serve` starts it, and the id of a server action in the current build.

export async function freshPostgresDatabase(serverUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now()}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface BenchServer {
  /** Resolves with the embedded database's (masked) URL, or "" on DATABASE_URL, once Next.js is ready. */
  ready: Promise<string>;
  stop(): Promise<void>;
}

export function startProductionServer(port: number, env: Record<string, string>): BenchServer {
  // Its own process group, so stopping it stops tsx, the start script and Next.js together.
  const child: ChildProcess = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    // APP_URL is required with DATABASE_URL; the benchmarks browse 127.0.0.1.
    env: { ...process.env, APP_URL: `http://127.0.0.1:${port}`, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const ready = new Promise<string>((resolve, reject) => {
    let log = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const db = /embedded database at (\S+)/.exec(log);
      if (/Ready in/.test(log)) resolve(db?.[1] ?? "");
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
  return {
    ready,
    async stop() {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}

/** The id the browser sends in the Next-Action header for an exported server action. */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!entry) throw new Error(`${filename}#${exportedName} is not in the build; run \`npm run build\` first`);
  return entry[0];
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

