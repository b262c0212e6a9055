import { encode } from "next-auth/jwt";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { nipFor } from "@/lib/registrations/testing";
import { seedDemo } from "@/prisma/seed/demo";
import { freshPostgresDatabase, percentile, serverActionId, startProductionServer } from "./server";

// Registration opening minute: coordinators of many units submit the unit portal's form at once.
// Seeds UNITS units with SEATS seats each, signs in one coordinator per unit, then sends
// REQUESTS registrations (more than there are seats) through real HTTP POSTs exactly as the
// browser submits the server action, CONCURRENCY at a time, to the production server on
// PostgreSQL. Prints successful registrations per second, p50/p95 latency and the over-quota count.
//
//   npm run build && BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/registrations.ts
//
// Bounded: a fixed number of requests to 127.0.0.1 only.

const PORT = 3220;
const UNITS = Number(process.env.BENCH_UNITS ?? 50);
const SEATS = Number(process.env.BENCH_SEATS ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? UNITS * SEATS * 1.2);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SECRET = "bench-secret-bench-secret-bench-secret-123";

async function main() {
  const postgres = process.env.BENCH_POSTGRES_URL;
  if (!postgres) throw new Error("Set BENCH_POSTGRES_URL to a PostgreSQL server; the target is measured on PostgreSQL.");
  const url = await freshPostgresDatabase(postgres, "rakor_bench_reg");
  await migrate(url);
  const prisma = createPrismaClient({ connectionString: url });
  await seedDemo(prisma, { log: () => {} });
  const event = await prisma.event.update({ where: { slug: "rakor-humas-pemasyarakatan-2024" }, data: { capacity: 100_000 } });
  const office = await prisma.regionalOffice.findFirstOrThrow();
  const units: { id: string; cookie: string }[] = [];
  for (let i = 0; i < UNITS; i++) {
    const unit = await prisma.unit.create({
      data: { code: `BENCH-REG-${i}`, name: `Lapas Beban ${i}`, type: "LAPAS", timeZone: "Asia/Jakarta", organizationId: office.organizationId, regionalOfficeId: office.id },
    });
    await prisma.unitQuota.create({ data: { eventId: event.id, unitId: unit.id, seats: SEATS } });
    const user = await prisma.user.create({ data: { email: `op${i}@beban.test`, name: `Operator ${i}` } });
    await prisma.roleAssignment.create({ data: { userId: user.id, role: "UNIT_COORDINATOR", unitId: unit.id } });
    const token = await encode({ token: { sub: user.id }, secret: SECRET, salt: "authjs.session-token" });
    units.push({ id: unit.id, cookie: `authjs.session-token=${token}` });
  }

  const actionId = serverActionId("lib/registrations/actions.ts", "registerParticipantAction");
  const server = startProductionServer(PORT, { DATABASE_URL: url, AUTH_SECRET: SECRET });
  await server.ready;

  const latencies: number[] = [];
  const outcome = { confirmed: 0, full: 0, other: 0 };
  let next = 0;
  const send = async (i: number) => {
    const unit = units[i % units.length]!;
    const input = {
      name: `Peserta Beban ${i}`,
      nip: nipFor(i),
      position: "Pranata Humas",
      rank: "",
      email: `beban${i}@uji.test`,
      phone: "0812-3456-7890",
      attendanceMode: "ON_SITE",
      notes: "",
    };
    const start = performance.now();
    const response = await fetch(`http://127.0.0.1:${PORT}/unit/events/${event.id}/${unit.id}`, {
      method: "POST",
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: unit.cookie },
      body: JSON.stringify([event.id, unit.id, input, false]),
    });
    const body = await response.text();
    latencies.push(performance.now() - start);
    if (response.ok && body.includes('"ok":true')) outcome.confirmed++;
    else if (response.ok && /penuh|full/i.test(body)) outcome.full++;
    else {
      outcome.other++;
      if (outcome.other <= 3) console.error(`unexpected answer ${response.status}: ${body.slice(0, 300)}`);
    }
  };

  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) await send(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await server.stop();

  const perUnit = await prisma.registration.groupBy({ by: ["unitId"], where: { eventId: event.id, unitId: { in: units.map((u) => u.id) }, status: "CONFIRMED" }, _count: { _all: true } });
  const overQuota = perUnit.reduce((sum, row) => sum + Math.max(0, row._count._all - SEATS), 0);
  await prisma.$disconnect();

  latencies.sort((a, b) => a - b);
  console.log(`Rakor registration opening: ${REQUESTS} registrations for ${UNITS} units x ${SEATS} seats, ${CONCURRENCY} at a time, PostgreSQL`);
  console.log(`confirmed ${outcome.confirmed}, told full ${outcome.full}, other ${outcome.other}, in ${seconds.toFixed(1)} s`);
  console.log(`successful registrations per second: ${(outcome.confirmed / seconds).toFixed(1)}`);
  console.log(`latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${percentile(latencies, 100).toFixed(0)} ms`);
  console.log(`over-quota registrations: ${overQuota}`);
  if (overQuota > 0 || outcome.other > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
