import "server-only";
import { eventInReach, type Reach } from "@/lib/events/reach";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

// Archived means read-only, everywhere: every write that belongs to an event passes through here,
// inside its own transaction, so the answer cannot be overtaken by the archiving. Archiving is
// final (STATUS_TRANSITIONS.ARCHIVED is empty): there is no way back, so nothing here needs to let
// a status change through. The test lib/events/read-only.test.ts lists every write operation.

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The rule itself, for an event the caller has just read under its own lock (lockEvent). */
export function refuseArchived(event: { status: string }): void {
  if (event.status === "ARCHIVED") throw new AppError("read_only");
}

/**
 * For operations that do not lock the event row themselves. FOR SHARE: writers of one event do not
 * wait for each other, but archiving (which locks the row FOR NO KEY UPDATE) waits until this
 * transaction commits, and a writer that comes after the archiving sees it. Call it before any
 * other lock of the operation (the event comes first in every lock order), and never in an
 * operation that later updates the event row: there, lock the event with lockEvent instead, since
 * two transactions upgrading their share locks would deadlock.
 */
export async function assertEventWritable(client: Client, eventId: string, reach: Reach): Promise<void> {
  const rows = await client.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "Event" WHERE "id" = ${eventId} AND ${eventInReach(reach)} FOR SHARE`;
  const event = rows[0];
  if (!event) throw new AppError("not_found");
  refuseArchived(event);
}
