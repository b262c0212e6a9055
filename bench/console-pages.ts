import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { seedLarge, LARGE_PARTICIPANTS, LARGE_UNITS } from "./seed-large";

// Console pages at 1,000 units and 10,000 participants: seeds that size into a fresh database,
// serves the production build (run `npm run build` first), signs in as the demo organizer and
// requests each main console page repeatedly, printing p50/p95 response times on loopback.
//
//   BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/console-pages.ts
//   npx tsx bench/console-pages.ts            # embedded PGlite instead
//
// Bounded: a fixed number of sequential requests to 127.0.0.1 only.

const PORT = 3210;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP = 3;
const SECRET = "bench-secret-bench-secret-bench-secret-123";

async function freshDatabase(): Promise<{ url: string | null; dataDir: string | null }> {
  const server = process.env.BENCH_POSTGRES_URL;
  if (!server) return { url: null, dataDir: await mkdtemp(path.join(os.tmpdir(), "rakor-bench-")) };
  const name = `rakor_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), dataDir: null };
}

function startServer(env: Record<string, string>): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn("npx", ["tsx", "scripts/start.ts"], { env: { ...process.env, ...env, PORT: String(PORT) }, stdio: ["ignore", "pipe", "inherit"] });
  const ready = new Promise<string>((resolve, reject) => {
    let log = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const db = /embedded database at (\S+)/.exec(log);
      if (/Ready in/.test(log)) resolve(db?.[1] ?? "");
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
  return { child, ready };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const { url, dataDir } = await freshDatabase();
  const env: Record<string, string> = { AUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" };
  if (url) env.DATABASE_URL = url;
  else env.RAKOR_DATA_DIR = dataDir!;

  let eventId: string;
  let organizerId: string;
  let server: { child: ChildProcess; ready: Promise<string> } | null = null;
  if (url) {
    await migrate(url);
    const prisma = createPrismaClient({ connectionString: url });
    ({ eventId } = await seedLarge(prisma));
    organizerId = (await prisma.user.findUniqueOrThrow({ where: { email: "panitia@rakor.demo" } })).id;
    await prisma.$disconnect();
    server = startServer(env);
    await server.ready;
  } else {
    // The embedded database belongs to the server process; seed through its socket before timing.
    server = startServer(env);
    const embeddedUrl = await server.ready;
    const prisma = createPrismaClient({ connectionString: embeddedUrl.replace("***", "postgres"), maxConnections: 1 });
    ({ eventId } = await seedLarge(prisma));
    organizerId = (await prisma.user.findUniqueOrThrow({ where: { email: "panitia@rakor.demo" } })).id;
    await prisma.$disconnect();
  }

  const token = await encode({ token: { sub: organizerId }, secret: SECRET, salt: "authjs.session-token" });
  const cookie = `authjs.session-token=${token}`;
  const pages = [
    "/console",
    `/console/events/${eventId}`,
    `/console/events/${eventId}/units`,
    `/console/events/${eventId}/units?page=10`,
    `/console/events/${eventId}/coordinators`,
    `/console/events/${eventId}/audit`,
    "/console/units",
    "/console/units?q=uji&page=5",
  ];
  console.log(`Rakor console pages, ${LARGE_UNITS} units, ${LARGE_PARTICIPANTS} participants, ${url ? "PostgreSQL server" : "embedded PGlite"}`);
  console.log(`${ROUNDS} sequential requests per page after ${WARMUP} warm-up requests, times in ms (loopback)\n`);
  console.log(["page".padEnd(52), "status", "p50".padStart(7), "p95".padStart(7), "max".padStart(7)].join(" "));
  try {
    for (const page of pages) {
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < WARMUP + ROUNDS; i++) {
        const start = performance.now();
        const response = await fetch(`http://127.0.0.1:${PORT}${page}`, { headers: { cookie }, redirect: "manual" });
        await response.arrayBuffer();
        status = response.status;
        if (i >= WARMUP) times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const shown = page.replace(eventId, ":event");
      console.log([shown.padEnd(52), String(status).padEnd(6), ...[50, 95, 100].map((p) => percentile(times, p).toFixed(1).padStart(7))].join(" "));
    }
  } finally {
    server.child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
