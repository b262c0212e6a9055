import { EventMode, EventStatus } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./context";
import { DEMO_TIME_ZONE, demoSchedule } from "./schedule";
import type { DemoUnitRow } from "./units";

// The Rakor Humas Pemasyarakatan held in September 2024, as a news report describes it, rebuilt
// as an upcoming event, and the seats it gives each of the 54 invited units.

export const DEMO_EVENT_SLUG = "rakor-humas-pemasyarakatan-2024";
export const DEMO_EVENT_CAPACITY = 150;
/** The unit whose delegation the article follows; it gets a coordinator account and registrations. */
export const KARANGANYAR_CODE = "JTG-LPKA-KRA";

const VENUE_NAME = "Hotel Hilton Garden Inn Jakarta Taman Palem";
// No street number: the article names only the area, and a guessed number would send people astray.
const VENUE_ADDRESS = "Kawasan Taman Palem Lestari, Cengkareng, Jakarta Barat, DKI Jakarta";

export interface SeededEvent {
  id: string;
  startsAt: Date;
  created: boolean;
}

// A re-run keeps an existing event untouched, dates included: the demo may have been seeded weeks
// ago and since used (registrations, check-ins), and moving the dates under it would contradict
// tickets and invitations already shown. Only a fresh database gets dates relative to `now`.
export async function seedDemoEvent(
  ctx: SeedContext,
  input: { organizationId: string; createdById: string | null; now: Date },
): Promise<SeededEvent> {
  const { tx } = ctx;
  const select = { id: true, startsAt: true } as const;
  const existing = await tx.event.findUnique({ where: { slug: DEMO_EVENT_SLUG }, select });
  if (existing) return { ...existing, created: false };

  ctx.created += 1;
  const event = await tx.event.create({
    select,
    data: {
      organizationId: input.organizationId,
      createdById: input.createdById,
      slug: DEMO_EVENT_SLUG,
      title: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia",
      theme: "Sinergi Merajut Citra Pemasyarakatan yang Berdampak",
      slogan: "Humas Bergerak Bersama",
      description:
        "Rapat koordinasi empat hari bagi pengelola kehumasan dari 54 Unit Pelaksana Teknis (UPT) " +
        "Pemasyarakatan dan Direktorat Jenderal Pemasyarakatan: memperkuat peran humas dalam membangun " +
        "citra positif Pemasyarakatan, menyampaikan informasi yang akurat kepada publik, dan menjalin " +
        "kerja sama dengan media. UPT yang tidak hadir di lokasi dapat mengikuti secara daring.",
      venueName: VENUE_NAME,
      venueRoom: "Ballroom",
      venueAddress: VENUE_ADDRESS,
      venueCity: "Jakarta Barat",
      venueMapUrl: `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${VENUE_NAME}, Jakarta Barat`)}`,
      timeZone: DEMO_TIME_ZONE,
      capacity: DEMO_EVENT_CAPACITY,
      mode: EventMode.HYBRID,
      status: EventStatus.PUBLISHED,
      ...demoSchedule(input.now),
    },
  });
  return { ...event, created: true };
}

// Roughly two or three seats per unit, as reported: three for the Kelas I units and for Karanganyar
// (the delegation the article follows), two for the rest. The remainder of the 150 is left for
// Ditjenpas staff and late invitations.
export function demoSeatsFor(unit: DemoUnitRow): number {
  return unit.code === KARANGANYAR_CODE || unit.class === "I" ? 3 : 2;
}

export async function seedDemoQuotas(
  ctx: SeedContext,
  eventId: string,
  units: DemoUnitRow[],
  unitIds: Map<string, string>,
): Promise<void> {
  const total = units.reduce((sum, unit) => sum + demoSeatsFor(unit), 0);
  if (total > DEMO_EVENT_CAPACITY) {
    throw new Error(`demo quotas total ${total} seats, more than the capacity of ${DEMO_EVENT_CAPACITY}`);
  }
  const { tx } = ctx;
  for (const unit of units) {
    const unitId = unitIds.get(unit.code);
    if (!unitId) throw new Error(`unit ${unit.code} was not seeded`);
    // An organizer may have changed a unit's seats in the demo; a re-run keeps that change.
    await ctx.findOrCreate(
      () => tx.unitQuota.findUnique({ where: { eventId_unitId: { eventId, unitId } }, select: { id: true } }),
      () => tx.unitQuota.create({ data: { eventId, unitId, seats: demoSeatsFor(unit) }, select: { id: true } }),
    );
  }
}
