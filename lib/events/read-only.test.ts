import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { duplicateEvent } from "./duplicate-event";
import { NOT_TIED_TO_AN_EVENT, WRITE_VERB } from "./read-only-exemptions";
import { answer, eventWriteTable } from "./read-only-table";
import { archiveEvent, databaseFingerprint, demoEventWithEverything, type EventFixture } from "./testing";

// Archived means read-only, everywhere (issue 11): every write of the table refuses the archived
// demo event and no table changes; and the enumeration below keeps the table complete, so a new
// write operation cannot be added without its guard or a stated reason.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let f: EventFixture;
let before: Record<string, string>;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  f = await demoEventWithEverything(prisma());
  await archiveEvent(f);
  before = await databaseFingerprint(prisma());
});

const writes = eventWriteTable(prisma, () => f);
const OPERATIONS = Object.keys(writes);

describe("an archived event can be read but not changed", () => {
  for (const operation of OPERATIONS) {
    it(`${operation} refuses an archived event and changes no row anywhere`, async () => {
      const write = writes[operation]!;
      expect(await answer(write)).toBe(write.archived ?? "read_only");
      expect(await databaseFingerprint(prisma())).toEqual(before);
    });
  }

  it("an organizer can still copy an archived event into a new draft, and the archived one stays as it was", async () => {
    const copy = await duplicateEvent({ actor: f.organizer, eventId: f.event.id, input: { title: "Rakor Humas 2030", slug: "rakor-humas-2030", startsAt: "2030-03-02T08:00" } });
    expect((await prisma().event.findUniqueOrThrow({ where: { id: copy.id } })).status).toBe("DRAFT");
    const after = await databaseFingerprint(prisma());
    for (const table of ["Registration", "CheckIn", "CheckInScan", "CoordinatorInvitation", "Speaker", "OutboxEmail", "Announcement"]) {
      expect(after[table], table).toBe(before[table]);
    }
    const original = await prisma().event.findUniqueOrThrow({ where: { id: f.event.id } });
    expect(original.status).toBe("ARCHIVED");
    expect(await prisma().agendaSession.count({ where: { eventId: f.event.id } })).toBe(await prisma().agendaSession.count({ where: { eventId: copy.id } }));
  });
});

/** Every exported function under lib/ whose name says it writes, as "file#name". */
function writeExports(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return [join("lib", "generated"), join("lib", "test")].includes(path) ? [] : files(path);
      // Tests and their fixtures write on purpose; actions.ts only wraps the operations listed here.
      const skipped = /\.test\.tsx?$/.test(entry.name) || ["testing.ts", "actions.ts"].includes(entry.name);
      return /\.tsx?$/.test(entry.name) && !skipped ? [path] : [];
    });
  return files("lib").flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/^export (?:async )?function (\w+)|^export const (\w+) = (?:async )?\(/gm)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((name) => WRITE_VERB.test(name))
      .map((name) => `${file}#${name}`),
  );
}

describe("the list of write operations is complete", () => {
  it("every write under lib/ is either proven read-only above or named as not tied to an event, with a reason", () => {
    const found = writeExports();
    expect(found.filter((op) => !OPERATIONS.includes(op) && !(op in NOT_TIED_TO_AN_EVENT))).toEqual([]);
    // Neither list may name something that no longer exists, or name it twice.
    expect([...OPERATIONS, ...Object.keys(NOT_TIED_TO_AN_EVENT)].filter((op) => !found.includes(op))).toEqual([]);
    expect(OPERATIONS.filter((op) => op in NOT_TIED_TO_AN_EVENT)).toEqual([]);
    for (const reason of Object.values(NOT_TIED_TO_AN_EVENT)) expect(reason.length).toBeGreaterThan(20);
  });
});
