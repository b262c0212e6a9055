import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/authorize";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { EventStatus, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { seedDemo } from "@/prisma/seed/demo";
import { demoActors } from "@/lib/test/actors";

// Fixtures for the quota tests: the demo data (54 units, users of every role) plus fresh events
// with no quotas, so each test starts from numbers it controls.

export interface QuotaFixtures {
  organizer: Actor;
  coordinator: Actor;
  doorStaff: Actor;
  demoEventId: string;
  organizationId: string;
  unitsByCode: Map<string, { id: string; name: string; province: string; type: string }>;
}

export async function seedQuotaFixtures(prisma: Db): Promise<QuotaFixtures> {
  await seedDemo(prisma, { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  const actors = await demoActors(prisma);
  const event = await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const units = await prisma.unit.findMany({ include: { regionalOffice: true } });
  return {
    organizer: actors.organizer,
    coordinator: actors.coordinator,
    doorStaff: actors.doorStaff,
    demoEventId: event.id,
    organizationId: event.organizationId,
    unitsByCode: new Map(units.map((u) => [u.code, { id: u.id, name: u.name, province: u.regionalOffice.province, type: u.type }])),
  };
}

let eventCounter = 0;

/** A new event without quotas or registrations. */
export async function createBareEvent(
  prisma: Db,
  fixtures: QuotaFixtures,
  options: { capacity?: number; status?: EventStatus; title?: string } = {},
): Promise<string> {
  eventCounter += 1;
  const event = await prisma.event.create({
    data: {
      organizationId: fixtures.organizationId,
      slug: `quota-test-${eventCounter}-${randomBytes(4).toString("hex")}`,
      title: options.title ?? `Rakor Uji Kuota ${eventCounter}`,
      venueName: "Aula Ditjenpas",
      timeZone: "Asia/Jakarta",
      startsAt: new Date("2027-03-02T01:00:00Z"),
      endsAt: new Date("2027-03-04T09:00:00Z"),
      registrationOpensAt: new Date("2027-01-10T01:00:00Z"),
      registrationClosesAt: new Date("2027-02-20T16:00:00Z"),
      capacity: options.capacity ?? 100,
      status: options.status ?? "PUBLISHED",
    },
    select: { id: true },
  });
  return event.id;
}

/** Registrations written directly (the registration operations are another area's). */
export async function registerParticipants(
  prisma: Db,
  eventId: string,
  unitId: string,
  count: number,
  status: RegistrationStatus = "CONFIRMED",
): Promise<void> {
  await prisma.registration.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      eventId,
      unitId,
      name: `Peserta Uji ${i + 1}`,
      status,
      ticketToken: randomBytes(16).toString("base64url"),
    })),
  });
}

/** The AppError a refused call throws; fails the test if the call succeeded. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the operation to be refused");
}

export function unit(fixtures: QuotaFixtures, code: string) {
  const found = fixtures.unitsByCode.get(code);
  if (!found) throw new Error(`unit ${code} is not in the demo data`);
  return found;
}
