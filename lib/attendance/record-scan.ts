import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import type { AttendanceMode, Prisma } from "@/lib/generated/prisma/client";
import { ticketCode } from "@/lib/tickets/ticket-code";
import { normaliseTicketCode } from "@/lib/tickets/ticket-code-format";
import { tokenFromScan } from "@/lib/tickets/token";
import { dateToDayKey, dayKeyToDate } from "./days";
import { REFUSAL_OF_STATUS, type CheckInFacts, type ScanPerson, type ScanResult } from "./scan-result";

// The heart of check-in, shared by the single scan, the offline sync and the organizer's "present
// online". The database's unique keys decide races (one check-in per person, day and scope; each
// clientScanId once), so two doors scanning one person at the same instant get one check-in and
// one "already", and a replayed scan is answered as the first time.
//
// The common case (a new scan of a valid ticket) is three short statements and no explicit
// transaction: the INSERT … ON CONFLICT DO NOTHING is atomic by itself, and nothing else is
// written. Only when the insert meets an existing check-in does the rest (moving the time to an
// earlier scan, logging the other) run in a transaction, under a row lock.

type Tx = Prisma.TransactionClient;
type Client = Tx | typeof db;

export interface RecordScanInput {
  actor: Actor;
  eventId: string;
  clientScanId: string;
  ticket?: string;
  registrationId?: string;
  day: string;
  sessionId: string | null;
  /** When the scan happened on the device; never later than now. */
  scannedAt: Date;
  device: string | null;
  mode: AttendanceMode;
  /**
   * People (registration, day and scope) the caller's batch has already logged a duplicate scan
   * of: a device's queue holding one ticket scanned a hundred times logs it once, not a hundred times.
   */
  loggedDuplicates?: Set<string>;
}

const duplicateKey = (registrationId: string, day: string, scope: string) => `${registrationId}|${day}|${scope}`;

const PERSON = { id: true, name: true, position: true, unit: { select: { name: true } } } as const;
const CHECK_IN = {
  id: true,
  eventId: true,
  checkedInAt: true,
  device: true,
  checkedInBy: { select: { name: true } },
  registration: { select: PERSON },
} as const;

type PersonRow = Prisma.RegistrationGetPayload<{ select: typeof PERSON }>;
type CheckInRow = Prisma.CheckInGetPayload<{ select: typeof CHECK_IN }>;

const person = (r: PersonRow): ScanPerson => ({ registrationId: r.id, name: r.name, position: r.position, unitName: r.unit?.name ?? null });
const facts = (c: CheckInRow): CheckInFacts => ({
  checkInId: c.id,
  person: person(c.registration),
  checkedInAt: c.checkedInAt,
  byName: c.checkedInBy?.name ?? null,
  device: c.device,
});

export async function recordScan(input: RecordScanInput, tx?: Tx): Promise<ScanResult> {
  const client = tx ?? db;
  // Archived means read-only: a fourth short statement, so the door is told read_only, scan by scan.
  // The callers found the event among those the actor may scan at (scanEventFor).
  await assertEventWritable(client, input.eventId, reachOf(input.actor, "checkin:scan"));
  if (await seenBefore(client, input.clientScanId)) {
    const replay = tx ? await answerReplay(tx, input) : await inTransaction((t) => answerReplay(t, input));
    if (replay) return replay;
  }

  const found = await findRegistration(client, input);
  if (!found.registration) return { kind: "refused", reason: found.reason, person: null };
  const registration = found.registration;
  const reason = REFUSAL_OF_STATUS[registration.status];
  if (reason) return { kind: "refused", reason, person: person(registration) };

  const scope = input.sessionId ?? "";
  const day = dayKeyToDate(input.day);
  // ON CONFLICT DO NOTHING: a concurrent check-in of the same person waits here and then yields.
  const created = await client.checkIn.createManyAndReturn({
    data: [
      {
        eventId: input.eventId,
        registrationId: registration.id,
        sessionId: input.sessionId,
        scope,
        day,
        checkedInAt: input.scannedAt,
        checkedInById: input.actor.userId,
        device: input.device,
        clientScanId: input.clientScanId,
        mode: input.mode,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (created[0]) {
    return { kind: "checked_in", checkInId: created[0].id, person: person(registration), checkedInAt: input.scannedAt, byName: input.actor.name, device: input.device };
  }
  const conflict = (t: Tx) => resolveConflict(t, input, registration.id);
  return tx ? conflict(tx) : inTransaction(conflict);
}

async function seenBefore(client: Client, clientScanId: string): Promise<boolean> {
  const rows = await client.$queryRaw<unknown[]>`
    SELECT 1 FROM "CheckIn" WHERE "clientScanId" = ${clientScanId}
    UNION ALL SELECT 1 FROM "CheckInScan" WHERE "clientScanId" = ${clientScanId} LIMIT 1`;
  return rows.length > 0;
}

/** The person is already checked in for this day and scope (or this very scan raced in). */
async function resolveConflict(tx: Tx, input: RecordScanInput, registrationId: string): Promise<ScanResult> {
  const scope = input.sessionId ?? "";
  const day = dayKeyToDate(input.day);
  // Someone was first. Lock their check-in, so a later scan arriving with an earlier time (an
  // offline device syncing) and another scan cannot both rewrite it.
  await tx.$queryRaw`SELECT "id" FROM "CheckIn" WHERE "registrationId" = ${registrationId} AND "day" = ${input.day}::date AND "scope" = ${scope} FOR UPDATE`;
  const again = await answerReplay(tx, input);
  if (again) return again;
  const existing = await tx.checkIn.findUnique({
    where: { registrationId_day_scope: { registrationId, day, scope } },
    select: { ...CHECK_IN, clientScanId: true, checkedInById: true },
  });
  if (!existing) throw new AppError("conflict");

  const log = { eventId: input.eventId, registrationId, sessionId: input.sessionId, day };
  if (input.scannedAt < existing.checkedInAt) {
    // Two devices checked the same person: the earliest time stands, the other scan is logged.
    await tx.checkInScan.create({
      data: {
        ...log,
        scannedAt: existing.checkedInAt,
        scannedById: existing.checkedInById,
        device: existing.device,
        clientScanId: existing.clientScanId,
        outcome: "SUPERSEDED",
      },
    });
    await tx.checkIn.update({
      where: { id: existing.id },
      data: { checkedInAt: input.scannedAt, checkedInById: input.actor.userId, device: input.device, clientScanId: input.clientScanId },
    });
  } else if (!input.loggedDuplicates?.has(duplicateKey(registrationId, input.day, scope))) {
    await tx.checkInScan.createMany({
      data: [{ ...log, scannedAt: input.scannedAt, scannedById: input.actor.userId, device: input.device, clientScanId: input.clientScanId, outcome: "DUPLICATE" }],
      skipDuplicates: true,
    });
    input.loggedDuplicates?.add(duplicateKey(registrationId, input.day, scope));
  }
  // Either way this scan reached the server second: the device is told who was there first.
  return { kind: "already", ...facts(existing) };
}

/** The answer a scan got the first time, if this clientScanId was seen before. */
async function answerReplay(tx: Tx, input: RecordScanInput): Promise<ScanResult | null> {
  const made = await tx.checkIn.findUnique({ where: { clientScanId: input.clientScanId }, select: CHECK_IN });
  if (made) {
    if (made.eventId !== input.eventId) throw new AppError("conflict");
    return { kind: "checked_in", ...facts(made) };
  }
  const logged = await tx.checkInScan.findUnique({
    where: { clientScanId: input.clientScanId },
    select: { eventId: true, outcome: true, day: true, sessionId: true, registration: { select: PERSON } },
  });
  if (!logged) return null;
  if (logged.eventId !== input.eventId) throw new AppError("conflict");
  // A batch sent again meets its logged duplicate first, and logs no other one of that person.
  if (logged.outcome === "DUPLICATE") input.loggedDuplicates?.add(duplicateKey(logged.registration.id, dateToDayKey(logged.day), logged.sessionId ?? ""));
  const current =
    logged.outcome === "UNDONE"
      ? null
      : await tx.checkIn.findUnique({
          where: { registrationId_day_scope: { registrationId: logged.registration.id, day: logged.day, scope: logged.sessionId ?? "" } },
          select: CHECK_IN,
        });
  return current ? { kind: "already", ...facts(current) } : { kind: "refused", reason: "undone", person: person(logged.registration) };
}

type Found = { registration: PersonRow & { status: string }; reason?: never } | { registration: null; reason: "other_event" | "unknown_ticket" };

async function findRegistration(tx: Client, input: RecordScanInput): Promise<Found> {
  const select = { ...PERSON, status: true, eventId: true } as const;
  if (input.registrationId) {
    const registration = await tx.registration.findFirst({ where: { id: input.registrationId, eventId: input.eventId }, select });
    return registration ? { registration } : { registration: null, reason: "unknown_ticket" };
  }
  const scanned = input.ticket ?? "";
  const token = tokenFromScan(scanned);
  if (token) {
    // The hot path at the door: one statement with the unit joined, where Prisma would send two.
    const [row] = await tx.$queryRaw<{ id: string; name: string; position: string | null; status: string; eventId: string; unitName: string | null }[]>`
      SELECT r."id", r."name", r."position", r."status"::text AS "status", r."eventId", u."name" AS "unitName"
        FROM "Registration" r LEFT JOIN "Unit" u ON u."id" = r."unitId"
       WHERE r."ticketToken" = ${token}`;
    if (!row) return { registration: null, reason: "unknown_ticket" };
    const registration = { ...row, unit: row.unitName === null ? null : { name: row.unitName } };
    // Another event's ticket says so, but nothing about its holder.
    return registration.eventId === input.eventId ? { registration } : { registration: null, reason: "other_event" };
  }
  const code = normaliseTicketCode(scanned);
  if (!code) return { registration: null, reason: "unknown_ticket" };
  // The printed code is a one-way hash of the token: compare against this event's tickets.
  const tickets = await tx.registration.findMany({ where: { eventId: input.eventId }, select: { id: true, ticketToken: true } });
  const match = tickets.find((t) => ticketCode(t.ticketToken) === code);
  if (!match) return { registration: null, reason: "unknown_ticket" };
  return { registration: await tx.registration.findUniqueOrThrow({ where: { id: match.id }, select }) };
}
