import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personKeys, type CheckedParticipantRow } from "./check-rows";

// The checks an import file goes through against the event: people already registered, and seats.
// The preview runs them on what it reads; the import runs them again under the event and quota
// locks, where the answer cannot change before the rows are written.

const REGISTERED_SELECT = { name: true, activeNip: true, activeEmail: true, unit: { select: { name: true } } } as const;
type Registered = { name: string; activeNip: string | null; activeEmail: string | null; unit: { name: string } | null };

/** The database or a transaction: all the checks need is to find registrations. */
interface Reader {
  registration: { findMany(args: { where: Prisma.RegistrationWhereInput; select: typeof REGISTERED_SELECT }): PromiseLike<Registered[]> };
}

export interface ImportSeats {
  unitSeats: number;
  unitTaken: number;
  capacity: number;
  eventTaken: number;
}

export async function checkRowsAgainstEvent(client: Reader, eventId: string, rows: CheckedParticipantRow[], seats: ImportSeats): Promise<void> {
  const keys = rows.map((row) => personKeys(row.cells));
  const nips = [...new Set(keys.map((k) => k.nip).filter(Boolean))];
  const emails = [...new Set(keys.map((k) => k.email).filter(Boolean))];
  const registered =
    nips.length + emails.length === 0
      ? []
      : await client.registration.findMany({
          where: { eventId, OR: [{ activeNip: { in: nips } }, { activeEmail: { in: emails } }] },
          select: REGISTERED_SELECT,
        });
  const byNip = new Map(registered.flatMap((r) => (r.activeNip ? [[r.activeNip, r] as const] : [])));
  const byEmail = new Map(registered.flatMap((r) => (r.activeEmail ? [[r.activeEmail, r] as const] : [])));
  const who = (r: Registered) => ({ name: r.name, unit: r.unit?.name ?? "—" });

  const unitFree = Math.max(0, seats.unitSeats - seats.unitTaken);
  const eventFree = Math.max(0, seats.capacity - seats.eventTaken);
  rows.forEach((row, index) => {
    const { nip, email } = keys[index]!;
    const sameNip = byNip.get(nip);
    const sameEmail = byEmail.get(email);
    if (sameNip) row.problems.push({ column: "nip", key: "participants.problems.nipRegistered", values: who(sameNip) });
    if (sameEmail) row.problems.push({ column: "email", key: "participants.problems.emailRegistered", values: who(sameEmail) });
    // Rows are seated in file order: those past the free seats are the ones to remove.
    if (index >= unitFree) {
      row.problems.push({ column: null, key: "participants.problems.overUnitQuota", values: { seats: seats.unitSeats, taken: seats.unitTaken, free: unitFree } });
    } else if (index >= eventFree) {
      row.problems.push({ column: null, key: "participants.problems.overCapacity", values: { capacity: seats.capacity, taken: seats.eventTaken, free: eventFree } });
    }
    if (row.problems.length > 0) row.person = null;
  });
}
