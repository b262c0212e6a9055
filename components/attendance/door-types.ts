import type { ScannerData } from "@/lib/attendance/queries";
import type { RefusalReason, ScanPerson } from "@/lib/attendance/scan-result";

// The scanner's data as it travels to the device and sits in its storage: dates as ISO strings.

type Jsonified<T> = T extends Date ? string : T extends (infer U)[] ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

export type Roster = Jsonified<ScannerData>;
export type RosterParticipant = Roster["participants"][number];
export type RosterCheckIn = Roster["checkIns"][number];

/** One scan as queued on the device and sent to /api/checkin/[eventId]/scans. */
export interface PendingScan {
  clientScanId: string;
  ticket?: string;
  registrationId?: string;
  day: string;
  sessionId: string | null;
  scannedAt: string;
  device: string;
}

/** What the big panel shows: the server's answer, or the device's own while the scan waits. */
export interface DoorResult {
  clientScanId: string;
  kind: "checked_in" | "already" | "refused";
  /** "no_access": the server refused the scanner itself (the door role was removed or has ended). */
  reason?: RefusalReason | "no_access";
  person: ScanPerson | null;
  checkedInAt?: string;
  byName?: string | null;
  device?: string | null;
  checkInId?: string;
  /** Decided on the device; the server has not answered yet. */
  pending: boolean;
  scannedAt: string;
}
