import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { CsvMessage } from "@/lib/csv/table";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { refuseArchived } from "@/lib/events/writable-event";
import { SEAT_HOLDING_STATUSES } from "@/lib/quotas/constants";
import { parseInput } from "@/lib/validation/zod";
import { checkParticipantRows } from "./check-rows";
import { parseParticipantsCsv, type ParticipantCsvCells, type ParticipantRowProblem } from "./csv";
import { checkRowsAgainstEvent } from "./event-checks";
import { participantsImportSchema } from "./schema";

export interface ParticipantsImportPreviewRow {
  line: number;
  cells: ParticipantCsvCells;
  problems: ParticipantRowProblem[];
}

export interface ParticipantsImportPreview {
  unitName: string;
  /** A problem with the file as a whole (too large, no header, no rows); rows is then empty. */
  fileProblem: CsvMessage | null;
  rows: ParticipantsImportPreviewRow[];
  counts: { rows: number; withProblems: number };
  seats: { unitSeats: number; unitTaken: number; unitFree: number; capacity: number; eventTaken: number; eventFree: number };
  /** Registration is closed (or not yet open): the organizer must give a reason, which is audited. */
  needsReason: boolean;
}

export interface PreviewParticipantsImportOptions {
  actor: Actor | null;
  eventId: string;
  unitId: string;
  csvText: string;
  now?: Date;
}

/**
 * Reads a unit's participants CSV and tells, line by line, what would stop it from being imported:
 * the registration form's checks, repeats inside the file, people already registered in the event,
 * and rows beyond the unit's free seats or the event's capacity. Writes nothing.
 */
export async function previewParticipantsImport(options: PreviewParticipantsImportOptions): Promise<ParticipantsImportPreview> {
  const organizationId = organizationScope(options.actor, "registration:manage-any");
  const { eventId, unitId, csvText } = parseInput(participantsImportSchema, {
    eventId: options.eventId,
    unitId: options.unitId,
    csvText: options.csvText,
  });
  const now = options.now ?? new Date();
  const seatHolding = { in: [...SEAT_HOLDING_STATUSES] };
  const [event, quota, unitTaken, eventTaken] = await Promise.all([
    db.event.findFirst({ where: { id: eventId, organizationId }, select: { status: true, capacity: true, registrationOpensAt: true, registrationClosesAt: true } }),
    db.unitQuota.findFirst({ where: { eventId, unitId, event: { organizationId } }, select: { seats: true, unit: { select: { name: true } } } }),
    db.registration.count({ where: { eventId, unitId, status: seatHolding } }),
    db.registration.count({ where: { eventId, status: seatHolding } }),
  ]);
  if (!event) throw new AppError("not_found");
  // The preview says what the import would: an archived event is read-only.
  refuseArchived(event);
  if (event.status === "DRAFT") throw invalidField("_form", "registrations.errors.notOpen");
  if (!quota) throw invalidField("unitId", "registrations.errors.unitNotInvited");

  const seats = { unitSeats: quota.seats, unitTaken, capacity: event.capacity, eventTaken };
  const preview: ParticipantsImportPreview = {
    unitName: quota.unit.name,
    fileProblem: null,
    rows: [],
    counts: { rows: 0, withProblems: 0 },
    seats: { ...seats, unitFree: Math.max(0, quota.seats - unitTaken), eventFree: Math.max(0, event.capacity - eventTaken) },
    needsReason: event.status !== "PUBLISHED" || now < event.registrationOpensAt || now >= event.registrationClosesAt,
  };
  const parsed = parseParticipantsCsv(csvText);
  if (!parsed.ok) return { ...preview, fileProblem: parsed.problem };

  const checked = checkParticipantRows(parsed.rows);
  await checkRowsAgainstEvent(db, eventId, checked, seats);
  return {
    ...preview,
    rows: checked.map(({ line, cells, problems }) => ({ line, cells, problems })),
    counts: { rows: checked.length, withProblems: checked.filter((row) => row.problems.length > 0).length },
  };
}
