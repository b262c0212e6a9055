import { randomBytes, randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { eventDays } from "@/lib/attendance/days";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed/demo";
import { freshPostgresDatabase, percentile, startProductionServer } from "./server";

// Door scans while strangers hammer the sign-in: the production server on PostgreSQL, door scans
// sent open-loop at RATE per second (each leaves on schedule, as a queue at the door would), first
// on a quiet server, then while FLOOD parallel clients send wrong passwords for unknown accounts
// as fast as the server answers them. Each flood request claims a different client address (the
// edge's header and, for a server behind TRUST_PROXY, X-Forwarded-For), as a botnet would, so no
// per-address limit helps: only bounding the password hashing does. Prints the scans' p50/p95/max
// in both phases and how the sign-ins were answered.
//
//   npm run build && BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:signin-flood
//
// Bounded: 2 × RATE × SECONDS scans and the flood's requests, to 127.0.0.1 only.

const PORT = Number(process.env.BENCH_PORT ?? 3240);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const FLOOD = Number(process.env.BENCH_FLOOD ?? 24);
const WARMUP = 20;
const SECRET = "bench-secret-bench-secret-bench-secret-123";
const BASE = `http://127.0.0.1:${PORT}`;

async function main() {
  const postgres = process.env.BENCH_POSTGRES_URL;
  if (!postgres) throw new Error("Set BENCH_POSTGRES_URL to a PostgreSQL server; the figures are measured on PostgreSQL.");
  const url = await freshPostgresDatabase(postgres, "rakor_bench_flood");
  await migrate(url);
  const prisma = createPrismaClient({ connectionString: url });
  await seedDemo(prisma, { log: () => {} });
  const event = await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const units = await prisma.unitQuota.findMany({ where: { eventId: event.id }, select: { unitId: true } });
  const tokens = Array.from({ length: WARMUP + 2 * RATE * SECONDS }, () => randomBytes(16).toString("base64url"));
  await prisma.registration.createMany({
    data: tokens.map((ticketToken, i) => ({ eventId: event.id, unitId: units[i % units.length]!.unitId, name: `Peserta Pintu ${i}`, position: "Pranata Humas", ticketToken })),
  });
  const staff = await prisma.user.findUniqueOrThrow({ where: { email: "pintu@rakor.demo" } });
  const cookie = `authjs.session-token=${await encode({ token: { sub: staff.id }, secret: SECRET, salt: "authjs.session-token" })}`;
  const day = eventDays(event.startsAt, event.endsAt, event.timeZone)[0]!;

  const server = startProductionServer(PORT, { DATABASE_URL: url, AUTH_SECRET: SECRET, TRUST_PROXY: "1" });
  await server.ready;

  let nextTicket = 0;
  const scan = async () => {
    const ticket = tokens[nextTicket++]!;
    const start = performance.now();
    const response = await fetch(`${BASE}/api/checkin/${event.id}/scans`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie, Origin: BASE },
      body: JSON.stringify({ scans: [{ clientScanId: randomUUID(), ticket, day, device: "Bench", scannedAt: new Date().toISOString() }] }),
    });
    const body = await response.text();
    const kind = response.ok ? (JSON.parse(body) as { results: { result?: { kind: string } }[] }).results[0]?.result?.kind : undefined;
    return { ms: performance.now() - start, ok: kind === "checked_in", detail: `${response.status} ${body.slice(0, 160)}` };
  };
  for (let i = 0; i < WARMUP; i++) await scan();

  const quiet = await scanPhase(scan);
  const flood = startFlood();
  // Let the flood fill the server's queues before timing the door.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const flooded = await scanPhase(scan);
  const signIns = await flood.stop();
  await server.stop();
  await prisma.$disconnect();
  if (process.env.BENCH_KEEP_DB !== "1") await dropDatabase(postgres, new URL(url).pathname.slice(1));

  console.log(`Rakor door scans during a sign-in flood: ${RATE} scans/s for ${SECONDS} s per phase, production server on PostgreSQL`);
  for (const [label, phase] of [["quiet", quiet], [`flood of ${FLOOD}`, flooded]] as const) {
    const l = phase.latencies.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(12)} scans p50 ${percentile(l, 50).toFixed(1)} ms, p95 ${percentile(l, 95).toFixed(1)} ms, max ${percentile(l, 100).toFixed(1)} ms, errors ${phase.errors.length}`,
    );
    for (const error of phase.errors.slice(0, 3)) console.error(`  ${error}`);
  }
  const s = signIns.latencies.sort((a, b) => a - b);
  const answers = Object.entries(signIns.answers).map(([k, n]) => `${k} ${n}`).join(", ");
  console.log(`sign-ins during the flood: ${s.length} answered (${answers}); p50 ${percentile(s, 50).toFixed(0)} ms, p95 ${percentile(s, 95).toFixed(0)} ms`);
  if (quiet.errors.length + flooded.errors.length > 0) process.exitCode = 1;
}

async function scanPhase(scan: () => Promise<{ ms: number; ok: boolean; detail: string }>) {
  const latencies: number[] = [];
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < RATE * SECONDS; i++) {
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      scan().then(({ ms, ok, detail }) => {
        latencies.push(ms);
        if (!ok) errors.push(detail);
      }),
    );
  }
  await Promise.all(pending);
  return { latencies, errors };
}

/** FLOOD clients, each sending one wrong sign-in after another from a new address each time. */
function startFlood() {
  let running = true;
  let address = 0;
  const latencies: number[] = [];
  const answers: Record<string, number> = {};
  const client = async () => {
    const csrf = await fetch(`${BASE}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    while (running) {
      address += 1;
      const ip = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
      const start = performance.now();
      const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, "X-Forwarded-For": ip, "X-Rakor-Client-Ip": ip },
        body: new URLSearchParams({ email: `tamu${address}@contoh.test`, password: `tebakan-${address}`, csrfToken }),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
      // Auth.js answers a refused sign-in with a redirect naming the refusal's code.
      const location = response.headers.get("location") ?? "";
      const answer = new URL(location || "/", BASE).searchParams.get("code") ?? new URL(location || "/", BASE).searchParams.get("error") ?? String(response.status);
      answers[answer] = (answers[answer] ?? 0) + 1;
    }
  };
  const clients = Array.from({ length: FLOOD }, client);
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      return { latencies, answers };
    },
  };
}

async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
