import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

// What a registration's status means for its ticket. Shared by the ticket page, the calendar file
// and (later) the door: only a valid ticket shows a QR code or may be checked in.

export type TicketState = "valid" | "pending" | "waitlisted" | "invalid";

const STATES: Record<RegistrationStatus, TicketState> = {
  CONFIRMED: "valid",
  PENDING: "pending",
  WAITLISTED: "waitlisted",
  CANCELLED: "invalid",
  REPLACED: "invalid",
  REJECTED: "invalid",
};

export function ticketState(status: RegistrationStatus): TicketState {
  return STATES[status];
}

/** Admits its holder: confirmed, not pending, waitlisted, cancelled, replaced or rejected. */
export function isTicketValid(status: RegistrationStatus): boolean {
  return STATES[status] === "valid";
}

/** Still in the running for the event, so worth a calendar entry. */
export function isTicketActive(status: RegistrationStatus): boolean {
  return STATES[status] !== "invalid";
}
