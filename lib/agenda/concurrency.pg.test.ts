import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { createSession } from "./create-session";
import { demoAgenda, sessionForm } from "./testing";
import { updateSession } from "./update-session";

// On a real PostgreSQL server, organizers saving at the same moment: the event row lock makes the
// conflict check and the write one step, so two unconfirmed saves into the same free slot of a room
// never both pass (PGlite runs one statement at a time and cannot show this).

const database = setupTestDatabase();
let organizer: Actor;
let demo: Awaited<ReturnType<typeof demoAgenda>>;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  ({ organizer } = await demoActors(database.current.prisma));
  demo = await demoAgenda(database.current.prisma);
});

describe("concurrent agenda saves", () => {
  it("of many unconfirmed sessions racing for one free slot of a room, exactly one is saved and the rest are warned", async () => {
    for (let round = 0; round < 10; round++) {
      // Ten free 20-minute slots in the evening of the last day, one per round.
      const at = (minute: number) => `${String(17 + Math.floor(round / 2)).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
      const first = round % 2 ? 30 : 0;
      const input = (i: number) =>
        sessionForm({ title: `Balapan ${round}-${i}`, startsAt: demo.local(3, at(first)), endsAt: demo.local(3, at(first + 20)), roomId: demo.tamanPalem.id });
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => createSession({ actor: organizer, eventId: demo.event.id, input: input(i) })));
      expect(results.filter((r) => r.status === "saved")).toHaveLength(1);
      expect(results.filter((r) => r.status === "warnings")).toHaveLength(7);
    }
  });

  it("raises the SEQUENCE once per concurrent change, losing none", async () => {
    const created = await createSession({
      actor: organizer,
      eventId: demo.event.id,
      input: sessionForm({ title: "Sesi Diubah Bersamaan", startsAt: demo.local(3, "06:00"), endsAt: demo.local(3, "06:30") }),
      confirmWarnings: true,
    });
    if (created.status !== "saved") throw new Error("expected a save");
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        updateSession({
          actor: organizer,
          eventId: demo.event.id,
          sessionId: created.id,
          input: sessionForm({ title: `Sesi Diubah Bersamaan ${i}`, startsAt: demo.local(3, "06:00"), endsAt: demo.local(3, "06:30") }),
          confirmWarnings: true,
        }),
      ),
    );
    const row = await database.current.prisma.agendaSession.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.sequence).toBe(10);
  });
});
