import { AttendanceMode, RegistrationStatus } from "@/lib/generated/prisma/enums";

// Shared by the participant queries, exports, import and the browser (no server imports here).

export const PARTICIPANTS_PAGE_SIZE = 50;

/** The statuses of someone who holds or waits for a seat: the list shows these unless asked otherwise. */
export const ACTIVE_STATUSES = ["CONFIRMED", "PENDING", "WAITLISTED"] as const satisfies readonly RegistrationStatus[];

export const REGISTRATION_STATUSES = Object.values(RegistrationStatus);
export const ATTENDANCE_MODES = Object.values(AttendanceMode);

/** What the status filter offers: the active ones together, every status, or one status. */
export const STATUS_FILTERS = ["active", "all", ...REGISTRATION_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
