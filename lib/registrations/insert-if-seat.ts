import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import type { ParticipantValues } from "./schema";

type SeatStatus = "CONFIRMED" | "PENDING" | "WAITLISTED";
export interface PreparedMail {
  subject: string;
  text: string;
  kind: string;
}

export interface InsertIfSeatOptions {
  registrationId: string;
  eventId: string;
  /** The delegating unit (its quota applies), or null for an open registration (capacity only). */
  unitId: string | null;
  person: ParticipantValues;
  ticketToken: string;
  actorId: string | null;
  capacity: number;
  /** The status when a seat is free: CONFIRMED, or PENDING for an event that approves registrations. */
  statusWithSeat: "CONFIRMED" | "PENDING";
  /** When no seat is free: join the waitlist (true) or write nothing (false). */
  joinWaitlist: boolean;
  /** The audit entry's reason (an organizer's override), written with the registration. */
  auditReason: string | null;
  /** The ticket mail for each status the registration may get, or null to send none. */
  mail: { to: string; byStatus: Partial<Record<SeatStatus, PreparedMail>> } | null;
}

export interface InsertIfSeatResult {
  /** The status written, or null when nothing was written. */
  status: RegistrationStatus | null;
  full: "unit" | "event" | "not_invited" | null;
  unitSeats: number | null;
  unitTaken: number;
  eventTaken: number;
}

/**
 * The seat decision and every row of a registration in ONE statement, for the opening minute when
 * every registration of the event queues for its row lock. The caller must already hold the event
 * lock (lockEvent); this statement's snapshot is taken after that lock was granted, so it sees every
 * registration committed before. It locks the unit's quota row, counts the seats held, and only if
 * the rules allow writes the registration, its audit entry and its ticket mail (chosen for the
 * status it got). One round trip under the lock instead of six is what lets registrations follow
 * each other quickly; lib/registrations tests check each row this writes.
 */
export async function insertIfSeat(tx: Prisma.TransactionClient, o: InsertIfSeatOptions): Promise<InsertIfSeatResult> {
  const holding = [...SEAT_HOLDING_STATUSES];
  const { person } = o;
  // A status without a prepared mail gets an empty row, which the join below leaves out.
  const mail = (status: SeatStatus) => o.mail?.byStatus[status] ?? { subject: "", text: "", kind: "" };
  const rows = await tx.$queryRaw<InsertIfSeatResult[]>`
    WITH quota AS (
      SELECT "seats" FROM "UnitQuota" WHERE "eventId" = ${o.eventId} AND "unitId" = ${o.unitId}::text FOR UPDATE
    ), taken AS (
      SELECT (count(*) FILTER (WHERE "unitId" = ${o.unitId}::text))::int AS "unitTaken", count(*)::int AS "eventTaken"
        FROM "Registration"
       WHERE "eventId" = ${o.eventId} AND "status" = ANY(CAST(${holding} AS "RegistrationStatus"[]))
    ), decision AS (
      SELECT q."seats" AS "unitSeats", t."unitTaken", t."eventTaken",
             CASE WHEN ${o.unitId}::text IS NOT NULL AND q."seats" IS NULL THEN 'not_invited'
                  WHEN t."unitTaken" >= q."seats" THEN 'unit'
                  WHEN t."eventTaken" >= ${o.capacity} THEN 'event' END AS "full"
        FROM taken t LEFT JOIN quota q ON true
    ), inserted AS (
      INSERT INTO "Registration" ("id", "eventId", "unitId", "name", "nip", "position", "rank", "email", "phone", "notes",
                                  "status", "attendanceMode", "ticketToken", "activeNip", "activeEmail", "createdById", "updatedAt")
      SELECT ${o.registrationId}, ${o.eventId}, ${o.unitId}::text, ${person.name}, ${person.nip}, ${person.position},
             ${person.rank}::text, ${person.email}::text, ${person.phone}::text, ${person.notes}::text,
             CAST(CASE WHEN d."full" IS NULL THEN ${o.statusWithSeat} ELSE 'WAITLISTED' END AS "RegistrationStatus"),
             CAST(${person.attendanceMode} AS "AttendanceMode"), ${o.ticketToken}, ${person.nip}, ${person.email}::text,
             ${o.actorId}::text, now()
        FROM decision d
       WHERE d."full" IS NULL OR (${o.joinWaitlist} AND d."full" <> 'not_invited')
      RETURNING "status"::text AS "status"
    ), audited AS (
      INSERT INTO "AuditLog" ("id", "actorId", "eventId", "action", "entityType", "entityId", "after", "reason")
      SELECT ${randomUUID()}, ${o.actorId}::text, ${o.eventId},
             CASE WHEN i."status" = 'WAITLISTED' THEN 'registration.waitlist' ELSE 'registration.create' END,
             'Registration', ${o.registrationId},
             jsonb_build_object('name', ${person.name}::text, 'nip', ${person.nip}::text, 'unitId', ${o.unitId}::text, 'status', i."status"),
             ${o.auditReason}::text
        FROM inserted i
    ), mailed AS (
      INSERT INTO "OutboxEmail" ("id", "toAddress", "subject", "textBody", "kind", "eventId")
      SELECT ${randomUUID()}, ${o.mail?.to ?? ""}, m."subject", m."text", m."kind", ${o.eventId}
        FROM inserted i
        JOIN (VALUES ('CONFIRMED', ${mail("CONFIRMED").subject}, ${mail("CONFIRMED").text}, ${mail("CONFIRMED").kind}),
                     ('PENDING', ${mail("PENDING").subject}, ${mail("PENDING").text}, ${mail("PENDING").kind}),
                     ('WAITLISTED', ${mail("WAITLISTED").subject}, ${mail("WAITLISTED").text}, ${mail("WAITLISTED").kind}))
             AS m ("status", "subject", "text", "kind") ON m."status" = i."status" AND m."kind" <> ''
       WHERE ${o.mail !== null}
    )
    SELECT d."unitSeats", d."unitTaken", d."eventTaken", d."full", i."status"
      FROM decision d LEFT JOIN inserted i ON true`;
  const row = rows[0];
  if (!row) throw new Error("insertIfSeat: the decision query returned no row");
  return row;
}
