import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

// Shared by the quota operations, their queries and the browser (no server imports here).

/**
 * The registration statuses that occupy one of a unit's seats: a confirmed participant, and one
 * waiting for the organizer's approval (the seat is held until the decision).
 */
export const SEAT_HOLDING_STATUSES = ["CONFIRMED", "PENDING"] as const satisfies readonly RegistrationStatus[];

/**
 * A quota is at least one seat: to withdraw an invitation, remove it (removeUnitInvitation), so
 * "invited with 0 seats" never exists as a third state between invited and not invited.
 */
export const MIN_SEATS = 1;
export const MAX_SEATS = 1000;

/** What the invite forms propose: the two or three seats a unit usually gets. */
export const DEFAULT_INVITE_SEATS = 2;

export const INVITED_UNITS_PAGE_SIZE = 50;
export const UNIT_PICKER_PAGE_SIZE = 10;
