import type { Actor } from "@/lib/auth/authorize";
import type { Db } from "@/lib/db/create-client";
import type { ParticipantInput } from "./schema";

import { actorOf } from "@/lib/test/actors";

export { demoActors } from "@/lib/test/actors";

// Test fixtures for registration tests: actors from the demo seed and plausible, unique people.

/** A coordinator of `unitId`, backed by a real user so audit rows can name them. */
export async function coordinatorOf(prisma: Db, unitId: string, tag: string): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `koordinator-${tag}@uji.test`, name: `Koordinator ${tag}` } });
  await prisma.roleAssignment.create({ data: { userId: user.id, role: "UNIT_COORDINATOR", unitId } });
  return actorOf(prisma, user.email);
}

/** The i-th of many distinct, plausible NIPs (valid birth date, appointment, sex digit). */
export function nipFor(i: number): string {
  const day = String(1 + (Math.floor(i / 1000) % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(i / 28_000) % 12)).padStart(2, "0");
  return `1990${month}${day}2015011${String(i % 1000).padStart(3, "0")}`;
}

export function person(i: number, overrides: Partial<ParticipantInput> = {}): ParticipantInput {
  return {
    name: `Peserta Uji ${i}`,
    nip: nipFor(i),
    position: "Pranata Humas",
    rank: "",
    email: `peserta${i}@uji.test`,
    phone: "0812-3456-7890",
    attendanceMode: "ON_SITE",
    notes: "",
    ...overrides,
  };
}

/** A published seminar of the demo organization with a public form, open for registration now, and `capacity` seats. */
export async function createOpenEvent(prisma: Db, slug: string, options: { capacity: number; requiresApproval: boolean; openRegistration?: boolean }) {
  const demo = await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const hour = 3_600_000;
  return prisma.event.create({
    data: {
      organizationId: demo.organizationId,
      slug,
      title: `Seminar ${slug}`,
      venueName: "Aula Ditjenpas",
      timeZone: "Asia/Makassar",
      startsAt: new Date(Date.now() + 240 * hour),
      endsAt: new Date(Date.now() + 248 * hour),
      registrationOpensAt: new Date(Date.now() - hour),
      registrationClosesAt: new Date(Date.now() + 200 * hour),
      capacity: options.capacity,
      status: "PUBLISHED",
      openRegistration: options.openRegistration ?? true,
      requiresApproval: options.requiresApproval,
    },
  });
}
