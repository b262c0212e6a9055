import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { AttendanceMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { toZonedInputValue, zoneLabel } from "@/lib/time";
import { ATTENDANCE_MODES, REGISTRATION_STATUSES } from "./constants";
import { participantOrder, participantWhere } from "./filter";
import { participantFilterSchema, type ParticipantFilterParams } from "./schema";

// What both export files hold: the filtered participants in the list's order, one row of text per
// person, with the Indonesian headers finance and the organizers' spreadsheets expect.

export const EXPORT_COLUMNS = ["no", "name", "nip", "position", "rank", "unit", "province", "email", "phone", "status", "mode", "registeredAt"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ParticipantExportLabels {
  headers: Record<ExportColumn, string>;
  status: Record<RegistrationStatus, string>;
  mode: Record<AttendanceMode, string>;
  sheetName: string;
}

/** The labels from the "participants" messages (exports are always in Bahasa Indonesia). */
export function participantExportLabels(t: (key: string) => string): ParticipantExportLabels {
  return {
    headers: Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, t(`export.headers.${column}`)])) as Record<ExportColumn, string>,
    status: Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, t(`status.${status}`)])) as Record<RegistrationStatus, string>,
    mode: Object.fromEntries(ATTENDANCE_MODES.map((mode) => [mode, t(`mode.${mode}`)])) as Record<AttendanceMode, string>,
    sheetName: t("export.sheetName"),
  };
}

export interface ParticipantExport {
  event: { slug: string; title: string; timeZone: string };
  /** One array of cells per participant, in EXPORT_COLUMNS order. */
  rows: string[][];
}

export interface ReadParticipantExportOptions {
  actor: Actor | null;
  eventId: string;
  filter: ParticipantFilterParams;
  labels: ParticipantExportLabels;
}

/** "2024-09-24 08:00 WIB": sortable text on the event's clock, never the server's. */
export function registeredAtText(instant: Date, timeZone: string): string {
  return `${toZonedInputValue(instant, timeZone).replace("T", " ")} ${zoneLabel(timeZone, instant)}`;
}

/** Authorizes and reads everything before a file is written: a refusal is never half a file. Null for an unknown event. */
export async function readParticipantExport({ actor, eventId, filter, labels }: ReadParticipantExportOptions): Promise<ParticipantExport | null> {
  const organizationId = organizationScope(actor, "registration:manage-any");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: { slug: true, title: true, timeZone: true } });
  if (!event) return null;
  const registrations = await db.registration.findMany({
    where: { ...participantWhere(eventId, participantFilterSchema.parse(filter)), event: { organizationId } },
    orderBy: participantOrder,
    select: {
      name: true,
      nip: true,
      position: true,
      rank: true,
      email: true,
      phone: true,
      status: true,
      attendanceMode: true,
      createdAt: true,
      unit: { select: { name: true, regionalOffice: { select: { province: true } } } },
    },
  });
  const rows = registrations.map((r, index) => [
    String(index + 1),
    r.name,
    r.nip ?? "",
    r.position ?? "",
    r.rank ?? "",
    r.unit?.name ?? "",
    r.unit?.regionalOffice.province ?? "",
    r.email ?? "",
    r.phone ?? "",
    labels.status[r.status],
    labels.mode[r.attendanceMode],
    registeredAtText(r.createdAt, event.timeZone),
  ]);
  return { event, rows };
}

/** peserta-<slug>.csv: slugs are already safe, but a header value is no place to trust that. */
export function exportFilename(slug: string, extension: "csv" | "xlsx"): string {
  return `peserta-${slug.replace(/[^a-z0-9-]/gi, "-")}.${extension}`;
}
