import { randomBytes, randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { eventDays } from "@/lib/attendance/days";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed/demo";
import { freshPostgresDatabase, percentile, startProductionServer } from "./server";

// The door at 07:30: scans arrive at a steady RATE per second (open loop: each request leaves on
// schedule whether or not the previous one has answered) for SECONDS, through real HTTP POSTs to
// the scan endpoint exactly as the door scanner sends them, signed in as the demo door staff, on
// the production server and PostgreSQL. One scan in ten is a second scan of someone already in
// (one of its two scans must answer "checked_in", the other "already"); the rest are fresh
// tickets. Anything else, or any non-200, is an error. Prints p50/p95/max latency.
//
//   npm run build && BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/checkin-scan.ts
//
// Bounded: RATE × SECONDS requests to 127.0.0.1 only.

const PORT = 3230;
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARMUP = 20;
const SECRET = "bench-secret-bench-secret-bench-secret-123";

async function main() {
  const postgres = process.env.BENCH_POSTGRES_URL;
  if (!postgres) throw new Error("Set BENCH_POSTGRES_URL to a PostgreSQL server; the target is measured on PostgreSQL.");
  const url = await freshPostgresDatabase(postgres, "rakor_bench_scan");
  await migrate(url);
  const prisma = createPrismaClient({ connectionString: url });
  await seedDemo(prisma, { log: () => {} });
  const total = RATE * SECONDS + WARMUP;
  const event = await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const units = await prisma.unitQuota.findMany({ where: { eventId: event.id }, select: { unitId: true } });
  const tokens = Array.from({ length: total }, () => randomBytes(16).toString("base64url"));
  await prisma.registration.createMany({
    data: tokens.map((ticketToken, i) => ({ eventId: event.id, unitId: units[i % units.length]!.unitId, name: `Peserta Pintu ${i}`, position: "Pranata Humas", ticketToken })),
  });
  const staff = await prisma.user.findUniqueOrThrow({ where: { email: "pintu@rakor.demo" } });
  const cookie = `authjs.session-token=${await encode({ token: { sub: staff.id }, secret: SECRET, salt: "authjs.session-token" })}`;
  const day = eventDays(event.startsAt, event.endsAt, event.timeZone)[0]!;

  const server = startProductionServer(PORT, { DATABASE_URL: url, AUTH_SECRET: SECRET });
  await server.ready;

  const scan = async (ticket: string) => {
    const start = performance.now();
    const response = await fetch(`http://127.0.0.1:${PORT}/api/checkin/${event.id}/scans`, {
      method: "POST",
      // As the scanner page sends it: the endpoint refuses posts that do not come from the site.
      headers: { "Content-Type": "application/json", Cookie: cookie, Origin: `http://127.0.0.1:${PORT}` },
      body: JSON.stringify({ scans: [{ clientScanId: randomUUID(), ticket, day, device: "Bench", scannedAt: new Date().toISOString() }] }),
    });
    const body = await response.text();
    const ms = performance.now() - start;
    const kind = response.ok ? (JSON.parse(body) as { results: { ok: boolean; result?: { kind: string } }[] }).results[0]?.result?.kind : undefined;
    return { ms, kind, detail: `${response.status} ${body.slice(0, 200)}` };
  };

  for (let i = 0; i < WARMUP; i++) await scan(tokens[i]!);

  const latencies: number[] = [];
  const errors: string[] = [];
  // Per ticket, the answers it got: exactly one "checked_in", the rest "already", whatever order
  // the concurrent requests were served in.
  const answers = new Map<string, string[]>();
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const count = RATE * SECONDS;
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Every tenth scan repeats a ticket scanned a little earlier, as a second door would.
    const ticket = i % 10 === 9 ? tokens[WARMUP + i - 5]! : tokens[WARMUP + i]!;
    pending.push(
      scan(ticket).then(({ ms, kind, detail }) => {
        latencies.push(ms);
        if (kind !== "checked_in" && kind !== "already") errors.push(detail);
        answers.set(ticket, [...(answers.get(ticket) ?? []), kind ?? "error"]);
      }),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  for (const [ticket, kinds] of answers) {
    if (kinds.filter((k) => k === "checked_in").length !== 1) errors.push(`ticket ${ticket.slice(0, 6)}… answered ${kinds.join(", ")}`);
  }
  await server.stop();
  const stored = await prisma.checkIn.count({ where: { eventId: event.id } });
  await prisma.$disconnect();

  latencies.sort((a, b) => a - b);
  console.log(`Rakor door scans: ${count} scans at ${RATE}/s for ${SECONDS} s (1 in 10 a repeat), production server on PostgreSQL`);
  console.log(`sent in ${seconds.toFixed(1)} s; check-ins stored ${stored} (expected ${WARMUP + count - count / 10})`);
  console.log(`latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${percentile(latencies, 100).toFixed(1)} ms`);
  console.log(`errors: ${errors.length}`);
  for (const error of errors.slice(0, 3)) console.error(`  ${error}`);
  if (errors.length > 0 || stored !== WARMUP + count - count / 10) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
