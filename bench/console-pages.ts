import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { seedLarge, LARGE_PARTICIPANTS, LARGE_UNITS } from "./seed-large";
import { percentile, startProductionServer, type BenchServer } from "./server";

// Console pages at 1,000 units and 10,000 participants: seeds that size into a fresh database,
// serves the production build (run `npm run build` first), signs in as the demo organizer and
// requests each main console page repeatedly, printing p50/p95 response times on loopback.
//
//   BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/console-pages.ts
//   npx tsx bench/console-pages.ts            # embedded PGlite instead
//   BENCH_EXTRA_PAGES="/console/events/:event/participants?status=CONFIRMED" …   # time more pages too
//
// Bounded: a fixed number of sequential requests to 127.0.0.1 only. Every response must be a 200
// (a redirect to the sign-in page would otherwise pass for a very fast console page); the
// benchmark database or data directory is removed afterwards (BENCH_KEEP_DB=1 keeps it).

const PORT = 3210;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP = 3;
const WIDTH = 60;
const SECRET = "bench-secret-bench-secret-bench-secret-123";

interface BenchDatabase {
  url: string | null;
  dataDir: string | null;
  drop(): Promise<void>;
}

async function freshDatabase(): Promise<BenchDatabase> {
  const keep = process.env.BENCH_KEEP_DB === "1";
  const server = process.env.BENCH_POSTGRES_URL;
  if (!server) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "rakor-bench-"));
    return { url: null, dataDir, drop: async () => void (keep || (await rm(dataDir, { recursive: true, force: true }))) };
  }
  const name = `rakor_bench_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), dataDir: null, drop: async () => void (keep || (await admin(`DROP DATABASE IF EXISTS "${name}"`))) };
}

async function main() {
  const database = await freshDatabase();
  const { url, dataDir } = database;
  const env: Record<string, string> = { AUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" };
  if (url) env.DATABASE_URL = url;
  else env.RAKOR_DATA_DIR = dataDir!;

  let server: BenchServer | null = null;
  try {
    let seedUrl: string;
    if (url) {
      await migrate(url);
      seedUrl = url;
    } else {
      // The embedded database belongs to the server process; seed through its socket before timing.
      server = startProductionServer(PORT, env);
      seedUrl = (await server.ready).replace("***", "postgres");
    }
    const prisma = createPrismaClient({ connectionString: seedUrl, maxConnections: url ? 10 : 1 });
    let eventId: string;
    let organizerId: string;
    try {
      ({ eventId } = await seedLarge(prisma));
      organizerId = (await prisma.user.findUniqueOrThrow({ where: { email: "panitia@rakor.demo" } })).id;
    } finally {
      await prisma.$disconnect();
    }
    if (!server) {
      server = startProductionServer(PORT, env);
      await server.ready;
    }
    await measure(eventId, organizerId, Boolean(url));
  } finally {
    await server?.stop();
    await database.drop();
  }
}

async function measure(eventId: string, organizerId: string, postgres: boolean) {
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
    `/console/events/${eventId}/participants`,
    `/console/events/${eventId}/participants?page=100`,
    `/console/events/${eventId}/participants?q=Peserta%20Uji%209999`,
    "/console/units/provinces",
    "/console/outbox",
    // More pages, comma-separated, ":event" standing for the event's id.
    ...(process.env.BENCH_EXTRA_PAGES ?? "").split(",").filter(Boolean).map((page) => page.trim().replace(":event", eventId)),
  ];
  console.log(`Rakor console pages, ${LARGE_UNITS} units, ${LARGE_PARTICIPANTS} participants, ${postgres ? "PostgreSQL server" : "embedded PGlite"}`);
  console.log(`${ROUNDS} sequential requests per page after ${WARMUP} warm-up requests, times in ms (loopback)\n`);
  console.log(["page".padEnd(WIDTH), "status", "p50".padStart(7), "p95".padStart(7), "max".padStart(7)].join(" "));
  for (const page of pages) {
    const times: number[] = [];
    const shown = page.replace(eventId, ":event");
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      const start = performance.now();
      const response = await fetch(`http://127.0.0.1:${PORT}${page}`, { headers: { cookie }, redirect: "manual" });
      const body = await response.text();
      if (response.status !== 200) {
        const where = response.headers.get("location");
        throw new Error(`${shown} answered ${response.status}${where ? ` (to ${where})` : ""} instead of 200:\n${body.slice(0, 500)}`);
      }
      if (i >= WARMUP) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log([shown.padEnd(WIDTH), "200".padEnd(6), ...[50, 95, 100].map((p) => percentile(times, p).toFixed(1).padStart(7))].join(" "));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
