import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTranslator } from "next-intl";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { registerParticipant } from "@/lib/registrations/register-participant";
import { demoActors, nipFor, person } from "@/lib/registrations/testing";
import { setupTestDatabase } from "@/lib/test/database";
import messages from "@/messages/id.json";
import { seedDemo } from "@/prisma/seed/demo";
import { exportParticipantsCsv } from "./export-participants-csv";
import { exportParticipantsXlsx } from "./export-participants-xlsx";
import { participantExportLabels } from "./export-rows";
import { importParticipants } from "./import-participants";
import { getParticipantFilterOptions, listParticipants, type ListParticipantsOptions } from "./queries";
import { importCsv } from "./testing";

// On a real PostgreSQL server: the list at 10,000 participants (timings are printed, not asserted,
// with the query plans), and a unit's import racing single registrations for the same seats.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const t = createTranslator({ locale: "id", messages, namespace: "participants" });
const labels = participantExportLabels((key) => t(key as never));
const PEOPLE = 10_000;
const FIRST = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Yusuf", "Made", "Andi", "Nur", "Eko", "Wahyu", "Putri", "Rudi", "Fitri"];
const LAST = ["Santoso", "Wicaksono", "Rahmawati", "Pratama", "Kartikasari", "Nugroho", "Hidayat", "Saputra", "Lestari", "Siregar"];

let organizer: Actor;
let eventId: string;
let unitIds: string[];

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer } = await demoActors(prisma()));
  const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const event = await prisma().event.create({
    data: {
      organizationId: demo.organizationId,
      slug: `skala-${randomBytes(4).toString("hex")}`,
      title: "Rakor Skala Besar",
      venueName: "Aula",
      timeZone: "Asia/Jakarta",
      startsAt: demo.startsAt,
      endsAt: demo.endsAt,
      registrationOpensAt: demo.registrationOpensAt,
      registrationClosesAt: demo.registrationClosesAt,
      status: "PUBLISHED",
      capacity: 20_000,
    },
  });
  eventId = event.id;
  // 200 units across the demo's provinces, 50 people each; one in ten cancelled, one in five online.
  const offices = await prisma().regionalOffice.findMany({ where: { organizationId: demo.organizationId }, select: { id: true } });
  await prisma().unit.createMany({
    data: Array.from({ length: 200 }, (_, i) => ({
      code: `SKALA-${i}`,
      name: `Lapas Skala ${String(i).padStart(3, "0")}`,
      type: "LAPAS" as const,
      timeZone: "Asia/Jakarta",
      regionalOfficeId: offices[i % offices.length]!.id,
      organizationId: demo.organizationId,
    })),
  });
  unitIds = (await prisma().unit.findMany({ where: { code: { startsWith: "SKALA-" } }, orderBy: { code: "asc" }, select: { id: true } })).map((u) => u.id);
  await prisma().unitQuota.createMany({ data: unitIds.map((unitId) => ({ eventId, unitId, seats: 60 })) });
  for (let start = 0; start < PEOPLE; start += 2_000) {
    await prisma().registration.createMany({
      data: Array.from({ length: 2_000 }, (_, k) => {
        const i = start + k;
        const cancelled = i % 10 === 9;
        const nip = nipFor(200_000 + i);
        return {
          eventId,
          unitId: unitIds[i % unitIds.length]!,
          name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
          nip,
          activeNip: cancelled ? null : nip,
          position: "Pranata Humas",
          status: cancelled ? ("CANCELLED" as const) : ("CONFIRMED" as const),
          attendanceMode: i % 5 === 0 ? ("ONLINE" as const) : ("ON_SITE" as const),
          ticketToken: randomBytes(16).toString("base64url"),
        };
      }),
    });
  }
  await prisma().$executeRawUnsafe(`ANALYZE "Registration"; ANALYZE "Unit"; ANALYZE "RegionalOffice"`);
}, 300_000);

async function median(run: () => Promise<unknown>, times = 7): Promise<number> {
  await run(); // warm up
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return Math.round(durations[Math.floor(times / 2)]! * 10) / 10;
}

/** The SQL the list sends for these options, each explained with its real run time. */
async function explain(options: Omit<ListParticipantsOptions, "eventId">): Promise<string[]> {
  const captured: { query: string; params: unknown[] }[] = [];
  const logging = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.current.url }), log: [{ emit: "event", level: "query" }] });
  logging.$on("query", (e) => captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
  const global = globalThis as { rakorDb?: unknown };
  const previous = global.rakorDb;
  global.rakorDb = logging;
  try {
    await listParticipants(organizer, { eventId, ...options });
  } finally {
    global.rakorDb = previous;
    await logging.$disconnect();
  }
  // The count, the page, and Prisma's two batched look-ups of the page's units and their provinces.
  expect(captured.length).toBeLessThanOrEqual(4);
  const client = new pg.Client({ connectionString: database.current.url });
  await client.connect();
  try {
    const plans: string[] = [];
    // The count and the page; the look-ups by primary key are trivial.
    for (const { query, params } of captured.slice(0, 2)) {
      const result = await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${query}`, params);
      plans.push(`${query}\n${result.rows.map((row: Record<string, string>) => `    ${row["QUERY PLAN"]}`).join("\n")}`);
    }
    return plans;
  } finally {
    await client.end();
  }
}

describe(`the participant list at ${PEOPLE.toLocaleString("en")} participants (PostgreSQL)`, () => {
  it("answers every filter with a count and a page query, never a query per row; timings and plans are printed", async () => {
    const province = (await getParticipantFilterOptions(organizer, eventId))!.provinces[3]!;
    const nipPrefix = nipFor(200_123).slice(0, 17);
    const cases: [string, Omit<ListParticipantsOptions, "eventId">][] = [
      ["first page, active", {}],
      ["page 90 of 180, active", { page: 90 }],
      ["last page, every status", { status: "all", page: 200 }],
      ["one unit", { unitId: unitIds[17] }],
      [`province ${province}`, { province }],
      ["cancelled only", { status: "CANCELLED" }],
      ["online only", { mode: "ONLINE" }],
      ["name search 'siti'", { q: "siti" }],
      ["name search, no match", { q: "zzzz" }],
      [`NIP prefix '${nipPrefix}'`, { q: nipPrefix }],
    ];
    const report: string[] = [];
    for (const [label, options] of cases) {
      const result = await listParticipants(organizer, { eventId, ...options });
      const ms = await median(() => listParticipants(organizer, { eventId, ...options }));
      report.push(`${label.padEnd(32)} ${String(result.total).padStart(6)} matches  ${ms} ms (count + page, median of 7)`);
      expect(result.items.length).toBeLessThanOrEqual(50);
    }
    report.push(`filter options                   ${await median(() => getParticipantFilterOptions(organizer, eventId))} ms`);
    report.push(`CSV export, all active           ${await median(() => exportParticipantsCsv({ actor: organizer, eventId, filter: {}, labels }), 3)} ms`);
    report.push(`XLSX export, all active          ${await median(() => exportParticipantsXlsx({ actor: organizer, eventId, filter: {}, labels }), 3)} ms`);
    console.log(`\n${report.join("\n")}\n`);
    for (const [label, options] of [["first page", {}], ["province", { province }], ["name search", { q: "siti" }], ["NIP prefix", { q: nipPrefix }]] as const) {
      console.log(`--- ${label}\n${(await explain(options)).join("\n")}\n`);
    }
    expect((await listParticipants(organizer, { eventId })).total).toBe(9_000);
  }, 300_000);
});

describe("a unit's import racing single registrations (PostgreSQL)", () => {
  it("10 rounds: an import of 3 and 5 single registrations race for 5 seats; the import is all or nothing and the quota holds", async () => {
    const [unitId] = unitIds.slice(199);
    let serial = 900_000;
    for (let round = 0; round < 10; round++) {
      await prisma().registration.deleteMany({ where: { eventId, unitId } });
      await prisma().unitQuota.update({ where: { eventId_unitId: { eventId, unitId: unitId! } }, data: { seats: 5 } });
      const rows = [0, 1, 2].map(() => {
        const i = serial++;
        return [`Impor Balapan ${i}`, nipFor(i), "Pranata Humas", "", "", "", "luring"];
      });
      const outcomes = await Promise.allSettled([
        importParticipants({ actor: organizer, eventId, unitId: unitId!, csvText: importCsv(rows) }),
        ...Array.from({ length: 5 }, () => registerParticipant({ actor: organizer, eventId, unitId: unitId!, input: person(serial++) })),
      ]);
      const imported = await prisma().registration.count({ where: { eventId, unitId, name: { startsWith: "Impor Balapan" } } });
      const held = await prisma().registration.count({ where: { eventId, unitId, status: { in: ["CONFIRMED", "PENDING"] } } });
      expect([0, 3]).toContain(imported);
      expect(outcomes[0]!.status === "fulfilled").toBe(imported === 3);
      expect(held).toBeLessThanOrEqual(5);
      expect(held).toBe(imported + outcomes.slice(1).filter((o) => o.status === "fulfilled").length);
    }
  }, 300_000);
});
