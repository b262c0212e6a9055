import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { decideRegistration } from "./decide-registration";
import { registerOpenly } from "./register-openly";
import { createOpenEvent, demoActors, person } from "./testing";

// Two organizers open the same pending registration and press "approve" and "reject" in the same
// instant, on a real PostgreSQL server: exactly one decision stands, the registrant gets one mail,
// and the waitlist moves up at most once. (PGlite runs one statement at a time and cannot race.)

const database = setupTestDatabase();
const ROUNDS = 15;
const BASE = "https://rakor.test";
let organizer: Actor;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  ({ organizer } = await demoActors(database.current.prisma));
});

async function decide(registrationId: string, decision: "approve" | "reject") {
  try {
    const input = decision === "approve" ? { decision } : { decision, reason: "Kuota instansi sudah penuh" };
    return (await decideRegistration({ actor: organizer, registrationId, input, baseUrl: BASE })).status;
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors._form?.key === "registrations.errors.notPending") return "refused";
    throw error;
  }
}

describe("deciding a pending registration under concurrency (PostgreSQL)", () => {
  it(`approve and reject at the same instant, ${ROUNDS} times: one decision stands, one mail, the waitlist moves at most once`, async () => {
    const prisma = database.current.prisma;
    for (let round = 0; round < ROUNDS; round++) {
      const event = await createOpenEvent(prisma, `seminar-balapan-${round}`, { capacity: 1, requiresApproval: true });
      const pending = await registerOpenly({ slug: event.slug, input: person(700 + round * 2), baseUrl: BASE });
      const waiting = await registerOpenly({ slug: event.slug, input: person(701 + round * 2), joinWaitlist: true, baseUrl: BASE });

      const outcomes = await Promise.all([decide(pending.registrationId, "approve"), decide(pending.registrationId, "reject")]);

      expect(outcomes.filter((o) => o === "refused")).toHaveLength(1);
      const winner = outcomes.find((o) => o !== "refused");
      const registration = await prisma.registration.findUniqueOrThrow({ where: { id: pending.registrationId } });
      expect(registration.status).toBe(winner);
      expect(await prisma.auditLog.count({ where: { entityId: pending.registrationId, action: { in: ["registration.approve", "registration.reject"] } } })).toBe(1);
      const decisionMails = await prisma.outboxEmail.findMany({
        where: { toAddress: `peserta${700 + round * 2}@uji.test`, kind: { in: ["registration-confirmed", "registration-rejected"] } },
      });
      expect(decisionMails.map((m) => m.kind)).toEqual([winner === "CONFIRMED" ? "registration-confirmed" : "registration-rejected"]);
      const next = await prisma.registration.findUniqueOrThrow({ where: { id: waiting.registrationId } });
      expect(next.status).toBe(winner === "REJECTED" ? "PENDING" : "WAITLISTED");
      expect(await prisma.registration.count({ where: { eventId: event.id, status: { in: ["CONFIRMED", "PENDING"] } } })).toBe(1);
    }
  }, 300_000);
});
