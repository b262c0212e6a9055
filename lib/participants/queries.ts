import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { ATTENDANCE_MODES, PARTICIPANTS_PAGE_SIZE, STATUS_FILTERS } from "./constants";
import { participantOrder, participantWhere } from "./filter";
import { participantListSchema, type ParticipantFilterParams } from "./schema";

// The organizer's reads of an event's participants. Each authorizes first; the list is one count
// and one page query whatever the filter.

export interface ListParticipantsOptions extends ParticipantFilterParams {
  eventId: string;
}

/**
 * An event's participants, 50 a page by unit then name: filter by unit, province, status (the
 * active ones unless asked) and attendance mode; search a name anywhere or a NIP from its start.
 * A page past the end shows the last one.
 */
export async function listParticipants(actor: Actor | null, options: ListParticipantsOptions) {
  const organizationId = organizationScope(actor, "registration:manage-any");
  const { page: wantedPage, ...filter } = participantListSchema.parse(options);
  const where = { ...participantWhere(options.eventId, filter), event: { organizationId } };
  const total = await db.registration.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PARTICIPANTS_PAGE_SIZE));
  const page = Math.min(wantedPage, pageCount);
  const items = await db.registration.findMany({
    where,
    orderBy: participantOrder,
    skip: (page - 1) * PARTICIPANTS_PAGE_SIZE,
    take: PARTICIPANTS_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      nip: true,
      position: true,
      rank: true,
      email: true,
      phone: true,
      status: true,
      attendanceMode: true,
      ticketToken: true,
      createdAt: true,
      unit: { select: { id: true, name: true, regionalOffice: { select: { province: true } } } },
    },
  });
  return { items, total, page, pageCount, pageSize: PARTICIPANTS_PAGE_SIZE, filter };
}

export type ParticipantListItem = Awaited<ReturnType<typeof listParticipants>>["items"][number];

/** The event and what the filters offer: its invited units, their provinces, statuses, modes. Null for an unknown event. */
export async function getParticipantFilterOptions(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "registration:manage-any");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: { id: true, slug: true, title: true, timeZone: true, status: true } });
  if (!event) return null;
  const [quotas, offices] = await Promise.all([
    db.unitQuota.findMany({
      where: { eventId },
      orderBy: [{ unit: { name: "asc" } }, { unitId: "asc" }],
      select: { unit: { select: { id: true, name: true } } },
    }),
    db.regionalOffice.findMany({
      where: { units: { some: { quotas: { some: { eventId } } } } },
      orderBy: { province: "asc" },
      select: { province: true },
    }),
  ]);
  return {
    event,
    units: quotas.map((quota) => quota.unit),
    provinces: offices.map((office) => office.province),
    statuses: STATUS_FILTERS,
    modes: ATTENDANCE_MODES,
  };
}

export type ParticipantFilterOptions = NonNullable<Awaited<ReturnType<typeof getParticipantFilterOptions>>>;

/** The event's invited units with their seats still free, for choosing whose file to import. */
export async function listUnitsForImport(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "registration:manage-any");
  const [quotas, counts] = await Promise.all([
    db.unitQuota.findMany({
      where: { eventId, event: { organizationId } },
      orderBy: [{ unit: { name: "asc" } }, { unitId: "asc" }],
      select: { seats: true, unit: { select: { id: true, code: true, name: true, regionalOffice: { select: { province: true } } } } },
    }),
    db.registration.groupBy({
      by: ["unitId"],
      where: { eventId, event: { organizationId }, status: { in: [...SEAT_HOLDING_STATUSES] } },
      _count: { _all: true },
    }),
  ]);
  const taken = new Map(counts.map((c) => [c.unitId, c._count._all]));
  return quotas.map(({ seats, unit }) => {
    const used = taken.get(unit.id) ?? 0;
    return { unitId: unit.id, code: unit.code, name: unit.name, province: unit.regionalOffice.province, seats, taken: used, free: Math.max(0, seats - used) };
  });
}

export type ImportUnitOption = Awaited<ReturnType<typeof listUnitsForImport>>[number];
