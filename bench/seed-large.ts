import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { seedDemo } from "@/prisma/seed/demo";

// The size the console must stay fast at: 1,000 units (the 54 demo units and 946 more spread over
// the demo provinces) and 10,000 participants registered to the demo event.

export const LARGE_UNITS = 1000;
export const LARGE_PARTICIPANTS = 10_000;

export async function seedLarge(prisma: Db): Promise<{ eventId: string }> {
  await seedDemo(prisma, { log: () => {} });
  const event = await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const offices = await prisma.regionalOffice.findMany({ orderBy: { code: "asc" } });
  const existing = await prisma.unit.count();

  const newUnits = Array.from({ length: LARGE_UNITS - existing }, (_, i) => {
    const office = offices[i % offices.length]!;
    return {
      code: `BENCH-${String(i + 1).padStart(4, "0")}`,
      name: `Lapas Kelas IIB Uji Beban ${i + 1}`,
      type: "LAPAS" as const,
      class: "IIB",
      city: office.province,
      timeZone: office.timeZone,
      organizationId: office.organizationId,
      regionalOfficeId: office.id,
    };
  });
  await prisma.unit.createMany({ data: newUnits, skipDuplicates: true });
  const units = await prisma.unit.findMany({ select: { id: true } });

  await prisma.event.update({ where: { id: event.id }, data: { capacity: LARGE_PARTICIPANTS + 500 } });
  await prisma.unitQuota.deleteMany({ where: { eventId: event.id } });
  const seatsEach = Math.ceil(LARGE_PARTICIPANTS / units.length) + 1;
  await prisma.unitQuota.createMany({ data: units.map((u) => ({ eventId: event.id, unitId: u.id, seats: seatsEach })) });

  const already = await prisma.registration.count({ where: { eventId: event.id } });
  const rows = Array.from({ length: LARGE_PARTICIPANTS - already }, (_, i) => ({
    eventId: event.id,
    unitId: units[i % units.length]!.id,
    name: `Peserta Uji ${i + 1}`,
    nip: `19900101201501${String(1000000 + i).slice(-4)}`.slice(0, 18),
    position: "Pranata Humas",
    email: `peserta${i + 1}@uji.rakor.test`,
    status: "CONFIRMED" as const,
    ticketToken: randomBytes(16).toString("base64url"),
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await prisma.registration.createMany({ data: rows.slice(i, i + 1000) });
  }
  return { eventId: event.id };
}
