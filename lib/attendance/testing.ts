import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/authorize";
import type { Db } from "@/lib/db/create-client";
import { actorOf } from "@/lib/test/actors";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { eventDays } from "./days";

// Fixtures for attendance tests: the demo event, its first day, and people in any status.

export const scanId = () => randomUUID();
export const newToken = () => randomBytes(16).toString("base64url");

export async function demoEvent(prisma: Db) {
  const event = await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  return { ...event, days: eventDays(event.startsAt, event.endsAt, event.timeZone) };
}

let serial = 0;

/** A registration of `eventId` in the given status, with a fresh ticket token. */
export async function participant(prisma: Db, eventId: string, status: RegistrationStatus = "CONFIRMED", name?: string) {
  serial += 1;
  const unit = await prisma.unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } });
  return prisma.registration.create({
    data: { eventId, unitId: unit.id, name: name ?? `Peserta Hadir ${serial}`, position: "Pranata Humas", ticketToken: newToken(), status },
  });
}

/** Another event with its own door staff member, to show that scopes do not leak. */
export async function otherEventWithStaff(prisma: Db, organizationId: string, tag: string): Promise<{ eventId: string; staff: Actor }> {
  const now = Date.now();
  const event = await prisma.event.create({
    data: {
      organizationId,
      slug: `acara-lain-${tag}`,
      title: `Acara Lain ${tag}`,
      venueName: "Aula",
      timeZone: "Asia/Makassar",
      startsAt: new Date(now + 10 * 86_400_000),
      endsAt: new Date(now + 11 * 86_400_000),
      capacity: 50,
      registrationOpensAt: new Date(now - 86_400_000),
      registrationClosesAt: new Date(now + 5 * 86_400_000),
      status: "PUBLISHED",
    },
  });
  const user = await prisma.user.create({ data: { email: `pintu-${tag}@uji.test`, name: `Pintu ${tag}` } });
  await prisma.roleAssignment.create({ data: { userId: user.id, role: "CHECKIN_STAFF", eventId: event.id } });
  return { eventId: event.id, staff: await actorOf(prisma, user.email) };
}
