import pg from "pg";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnouncement } from "@/lib/announcements/create-announcement";
import { checkInAttendee } from "@/lib/attendance/check-in-attendee";
import { saveSignature } from "@/lib/attendance/save-signature";
import { undoCheckIn } from "@/lib/attendance/undo-check-in";
import { isAppError } from "@/lib/errors/app-error";
import { inviteCoordinator } from "@/lib/invitations/invite-coordinator";
import { registerParticipant } from "@/lib/registrations/register-participant";
import { person } from "@/lib/registrations/testing";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { BASE_URL, databaseFingerprint, demoEventWithEverything, type EventFixture } from "./testing";

// Writes that arrive while an organizer's archiving is in flight, on a real PostgreSQL server
// (PGlite runs one statement at a time and cannot show it). The guard must wait for the archiving
// and then refuse: a guard that merely read the status would see "FINISHED" and write after it.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let f: EventFixture;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  f = await demoEventWithEverything(prisma());
  await prisma().event.update({ where: { id: f.event.id }, data: { status: "FINISHED" } });
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(120, 1)]).toString("base64");

describe("archiving while door staff, coordinators and organizers are still at work (PostgreSQL)", () => {
  it("writes sent during the archiving wait for it and are then refused with read_only, writing nothing", async () => {
    const archiver = new pg.Client({ connectionString: database.current.url });
    await archiver.connect();
    try {
      // What changeEventStatus does, held open: the event locked as lockEvent locks it, then archived.
      await archiver.query("BEGIN");
      await archiver.query(`SELECT "id" FROM "Event" WHERE "id" = $1 FOR NO KEY UPDATE`, [f.event.id]);
      await archiver.query(`UPDATE "Event" SET "status" = 'ARCHIVED' WHERE "id" = $1`, [f.event.id]);
      const before = await databaseFingerprint(prisma());

      const settled = new Set<string>();
      const attempt = (name: string, work: () => Promise<unknown>) =>
        work().then(
          () => (settled.add(name), `${name}: accepted`),
          (error: unknown) => (settled.add(name), isAppError(error) ? `${name}: ${error.code}` : Promise.reject(error)),
        );
      const eventId = f.event.id;
      const answers = Promise.all([
        attempt("scan", () => checkInAttendee({ actor: f.doorStaff, eventId, clientScanId: randomUUID(), ticket: f.hendra.ticketToken, day: f.day, now: f.during })),
        attempt("signature", () => saveSignature({ actor: f.doorStaff, eventId, checkInId: f.checkIn.id, png: PNG })),
        attempt("undo", () => undoCheckIn({ actor: f.organizer, eventId, checkInId: f.checkIn.id })),
        attempt("announcement", () => createAnnouncement({ actor: f.organizer, eventId, input: { body: "Sesi ditunda.", sessionId: "" }, baseUrl: BASE_URL })),
        attempt("invitation", () => inviteCoordinator({ actor: f.organizer, eventId, unitId: f.karanganyar.id, email: "baru@uji.test", baseUrl: BASE_URL })),
        attempt("registration", () => registerParticipant({ actor: f.organizer, eventId, unitId: f.karanganyar.id, input: person(950), overrideReason: "susulan", joinWaitlist: true })),
      ]);

      await new Promise((resolve) => setTimeout(resolve, 500));
      expect([...settled]).toEqual([]);
      await archiver.query("COMMIT");

      expect((await answers).sort()).toEqual(
        ["announcement", "invitation", "registration", "scan", "signature", "undo"].map((name) => `${name}: read_only`),
      );
      const after = await databaseFingerprint(prisma());
      // Only the event row itself changed: its status, by the archiving.
      expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(["Event"]);
      expect((await prisma().event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe("ARCHIVED");
    } finally {
      await archiver.query("ROLLBACK").catch(() => {});
      await archiver.end();
    }
  }, 60_000);
});
