import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudits } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockEvent } from "@/lib/events/lock-event";
import type { Reach } from "@/lib/events/reach";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { SEAT_HOLDING_STATUSES } from "./constants";

// The machinery the quota operations share. Lock order, the same everywhere seats are consumed
// (quota changes here, registrations elsewhere): the Event row first, then the event's UnitQuota
// rows in ascending unitId order (lockEvent, then SELECT … FOR UPDATE). Registration counts are read only
// after both locks are held, so a registration cannot slip in between the check and the write.

type Tx = Prisma.TransactionClient;

export interface QuotaEvent {
  id: string;
  /** Only its own organisation's units can be invited. */
  organizationId: string;
  status: EventStatus;
  capacity: number;
}

/**
 * Locks the event row; refuses an unknown event, one outside the reach (not_found) and an archived
 * (read-only) one (lockEvent).
 */
export async function lockEventForQuotaChange(tx: Tx, eventId: string, reach: Reach): Promise<QuotaEvent> {
  return lockEvent(tx, eventId, reach);
}

export interface LockedQuota {
  id: string;
  unitId: string;
  seats: number;
}

/** Locks the event's existing quota rows of these units, in unitId order. Lock the event first. */
export async function lockUnitQuotas(tx: Tx, eventId: string, unitIds: string[]): Promise<Map<string, LockedQuota>> {
  if (unitIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<LockedQuota[]>`
    SELECT "id", "unitId", "seats" FROM "UnitQuota"
    WHERE "eventId" = ${eventId} AND "unitId" = ANY(${unitIds})
    ORDER BY "unitId" FOR UPDATE`;
  return new Map(rows.map((row) => [row.unitId, row]));
}

/** Seat-holding registrations per unit, one grouped query; call it with the locks held. */
export async function countRegistrationsByUnit(tx: Tx, eventId: string, unitIds: string[]): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const groups = await tx.registration.groupBy({
    by: ["unitId"],
    where: { eventId, unitId: { in: unitIds }, status: { in: [...SEAT_HOLDING_STATUSES] } },
    _count: { _all: true },
  });
  return new Map(groups.flatMap((g) => (g.unitId ? [[g.unitId, g._count._all] as const] : [])));
}

export interface QuotaTarget {
  unitId: string;
  unitName: string;
  seats: number;
  /** The form field to blame when this target is refused (e.g. "entries.2.seats"). */
  field?: string;
}

export interface QuotaChangeResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Sum of the event's quotas after the change. */
  totalSeats: number;
  capacity: number;
}

export interface ApplyQuotaTargetsOptions {
  actor: Actor;
  event: QuotaEvent;
  targets: QuotaTarget[];
  confirmOverAllocation: boolean;
}

/**
 * Sets each target unit's quota (inviting it when it has none), after every check passed: no
 * quota below the unit's registrations, and no rise of the total past capacity unless confirmed.
 * A refusal throws before anything is written. One audit entry per quota that changed.
 */
export async function applyQuotaTargets(tx: Tx, options: ApplyQuotaTargetsOptions): Promise<QuotaChangeResult> {
  const { actor, event, targets } = options;
  const unitIds = targets.map((t) => t.unitId);
  const existing = await lockUnitQuotas(tx, event.id, unitIds);
  const registered = await countRegistrationsByUnit(tx, event.id, unitIds);

  // A quota already below its registrations (they were written outside these checks) may stay or
  // rise; what is refused is a new or lowered quota that leaves registered people without a seat.
  const below = targets.filter((t) => {
    const seatsBefore = existing.get(t.unitId)?.seats ?? Number.POSITIVE_INFINITY;
    return t.seats < (registered.get(t.unitId) ?? 0) && t.seats < seatsBefore;
  });
  if (below.length > 0) throw belowRegistrationsError(below, registered);

  const changed = targets.filter((t) => existing.get(t.unitId)?.seats !== t.seats);
  const current = await tx.unitQuota.aggregate({ where: { eventId: event.id }, _sum: { seats: true } });
  const currentTotal = current._sum.seats ?? 0;
  const totalSeats = changed.reduce((sum, t) => sum + t.seats - (existing.get(t.unitId)?.seats ?? 0), currentTotal);
  const result = { created: 0, updated: 0, unchanged: targets.length - changed.length, totalSeats, capacity: event.capacity };
  if (changed.length === 0) return result;

  // Only a change that raises an over-allocated total asks; lowering quotas is always welcome.
  if (totalSeats > event.capacity && totalSeats > currentTotal && !options.confirmOverAllocation) {
    const values = { sum: totalSeats, capacity: event.capacity, over: totalSeats - event.capacity };
    const error = { key: "quotas.errors.overAllocation", values };
    throw new AppError("over_allocation", values, { _form: error });
  }

  const toCreate = changed.filter((t) => !existing.has(t.unitId));
  const created = toCreate.length
    ? await tx.unitQuota.createManyAndReturn({
        data: toCreate.map((t) => ({ eventId: event.id, unitId: t.unitId, seats: t.seats })),
        select: { id: true, unitId: true, seats: true },
      })
    : [];
  const toUpdate = changed.filter((t) => existing.has(t.unitId));
  // A bulk change gives every unit the same number: one statement per distinct value.
  for (const seats of new Set(toUpdate.map((t) => t.seats))) {
    const ids = toUpdate.filter((t) => t.seats === seats).map((t) => existing.get(t.unitId)!.id);
    await tx.unitQuota.updateMany({ where: { eventId: event.id, id: { in: ids } }, data: { seats } });
  }

  const name = new Map(targets.map((t) => [t.unitId, t.unitName]));
  const audit = { actor, entityType: "UnitQuota", eventId: event.id };
  await recordAudits(tx, [
    ...created.map((quota) => ({ ...audit, action: "quota.invite", entityId: quota.id, after: { unitId: quota.unitId, unitName: name.get(quota.unitId), seats: quota.seats } })),
    ...toUpdate.map((target) => {
      const quota = existing.get(target.unitId)!;
      const before = { unitId: target.unitId, unitName: target.unitName, seats: quota.seats };
      return { ...audit, action: "quota.update", entityId: quota.id, before, after: { ...before, seats: target.seats } };
    }),
  ]);
  return { ...result, created: created.length, updated: toUpdate.length };
}

const LISTED_UNITS = 10;

function belowRegistrationsError(below: QuotaTarget[], registered: Map<string, number>): AppError {
  const fieldErrors: FieldErrors = {};
  for (const target of below) {
    const values = { unit: target.unitName, registered: registered.get(target.unitId) ?? 0, seats: target.seats };
    if (target.field) fieldErrors[target.field] = { key: "quotas.errors.belowRegistrations", values };
  }
  const [first] = below;
  if (below.length === 1 && first) {
    fieldErrors._form = {
      key: "quotas.errors.belowRegistrations",
      values: { unit: first.unitName, registered: registered.get(first.unitId) ?? 0, seats: first.seats },
    };
  } else {
    const listed = below.slice(0, LISTED_UNITS).map((t) => `${t.unitName} (${registered.get(t.unitId) ?? 0})`);
    fieldErrors._form = {
      key: "quotas.errors.belowRegistrationsMany",
      values: { count: below.length, units: listed.join(", "), more: below.length - listed.length },
    };
  }
  return new AppError("conflict", {}, fieldErrors);
}

/** One quota operation's transaction, retried on a deadlock or serialization failure. */
export function inQuotaTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(work);
}
