import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { answer, eventWriteTable } from "./read-only-table";
import { databaseFingerprint, demoEventWithEverything, type EventFixture } from "./testing";

// The other half of read-only.test.ts: the very calls the archived event refuses are accepted, in
// this order, by the same event while it is live. So those refusals are about the archiving, not
// about an input that would have been refused anyway.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let fixture: EventFixture;
const writes = eventWriteTable(prisma, () => fixture);

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  fixture = await demoEventWithEverything(prisma());
});

describe("on a live event", () => {
  it("every write of the read-only table is accepted, one after the other, and changes the database", async () => {
    const outcomes: Record<string, string> = {};
    for (const [operation, write] of Object.entries(writes)) {
      const before = await databaseFingerprint(prisma());
      const outcome = await answer(write);
      const changed = JSON.stringify(await databaseFingerprint(prisma())) !== JSON.stringify(before);
      outcomes[operation] = outcome !== "accepted" ? outcome : changed === !write.locksOnly ? "accepted" : changed ? "wrote from a lock" : "wrote nothing";
    }
    expect(Object.entries(outcomes).filter(([, outcome]) => outcome !== "accepted")).toEqual([]);
    // The table is the one read-only.test.ts walks: 40 writes when issue 11 was done.
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(40);
  });
});
