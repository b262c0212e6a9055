import { randomBytes } from "node:crypto";
import { csvLine } from "@/lib/csv/table";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { AttendanceMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { nipFor } from "@/lib/registrations/testing";
import { PARTICIPANT_CSV_COLUMNS } from "./csv";

// Fixtures for the participant tests. Registrations are written directly (createMany) where a
// test needs many people fast; the import tests go through the registration rules instead.

export interface NewParticipant {
  name: string;
  nip?: string | null;
  email?: string | null;
  status?: RegistrationStatus;
  mode?: AttendanceMode;
  createdAt?: Date;
}

const ACTIVE = new Set<RegistrationStatus>(["CONFIRMED", "PENDING", "WAITLISTED"]);

export async function addParticipants(prisma: Db, eventId: string, unitId: string | null, people: NewParticipant[]): Promise<void> {
  await prisma.registration.createMany({
    data: people.map((p) => {
      const status = p.status ?? "CONFIRMED";
      const active = ACTIVE.has(status);
      return {
        eventId,
        unitId,
        name: p.name,
        nip: p.nip ?? null,
        email: p.email ?? null,
        position: "Pranata Humas",
        status,
        attendanceMode: p.mode ?? "ON_SITE",
        activeNip: active ? (p.nip ?? null) : null,
        activeEmail: active ? (p.email ?? null) : null,
        ticketToken: randomBytes(16).toString("base64url"),
        ...(p.createdAt ? { createdAt: p.createdAt } : {}),
      };
    }),
  });
}

/** `count` plausible people with distinct NIPs, starting at serial `from`. */
export function manyPeople(count: number, from: number, name: (i: number) => string = (i) => `Peserta Uji ${i}`): NewParticipant[] {
  return Array.from({ length: count }, (_, k) => ({ name: name(from + k), nip: nipFor(from + k) }));
}

export async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: AppError["fieldErrors"] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

/** A CSV in the import format, header first, lines joined with CRLF as a spreadsheet writes them. */
export function importCsv(rows: string[][]): string {
  return csvLine(PARTICIPANT_CSV_COLUMNS) + rows.map((cells) => csvLine(cells)).join("");
}
