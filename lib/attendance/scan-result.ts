// What the door device is told about one scan. No server imports: the scanner page renders these
// and produces the same shapes when it validates a scan offline.

export type RefusalReason =
  | "cancelled"
  | "replaced"
  | "waitlisted"
  | "pending"
  | "rejected"
  | "other_event"
  | "unknown_ticket"
  | "undone"
  /** The device's clock dated the scan in the future or outside the event's days. */
  | "implausible_time";

export interface ScanPerson {
  registrationId: string;
  name: string;
  position: string | null;
  unitName: string | null;
}

export interface CheckInFacts {
  checkInId: string;
  person: ScanPerson;
  checkedInAt: Date;
  byName: string | null;
  device: string | null;
}

export type ScanResult =
  | ({ kind: "checked_in" } & CheckInFacts)
  | ({ kind: "already" } & CheckInFacts)
  | { kind: "refused"; reason: RefusalReason; person: ScanPerson | null };

export const REFUSAL_OF_STATUS: Record<string, RefusalReason | undefined> = {
  CANCELLED: "cancelled",
  REPLACED: "replaced",
  WAITLISTED: "waitlisted",
  PENDING: "pending",
  REJECTED: "rejected",
};
