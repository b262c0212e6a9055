import { z } from "zod";
import { DAY_KEY } from "./days";
import { MAX_SYNC_BATCH } from "./sync-limits";

export { MAX_SYNC_BATCH };

// One scan as the door device sends it, online at once or later from its offline queue. The
// device makes up clientScanId (crypto.randomUUID) when the scan happens, so a replay of the same
// scan is recognised however often it arrives. `ticket` is what the camera read (the token, or the
// ticket link) or the printed code typed by hand; `registrationId` comes from the manual search.


export const scanSchema = z
  .object({
    clientScanId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "attendance.errors.badScanId"),
    ticket: z.string().trim().max(300).optional(),
    registrationId: z.string().trim().max(40).optional(),
    day: z.string().regex(DAY_KEY, "attendance.errors.badDay"),
    sessionId: z.string().max(40).nullish(),
    scannedAt: z.coerce.date().optional(),
    device: z.string().trim().max(40).nullish(),
  })
  .refine((scan) => Boolean(scan.ticket || scan.registrationId), { message: "attendance.errors.noTicket", path: ["ticket"] });

export type ScanInput = z.input<typeof scanSchema>;

export const syncSchema = z.object({ scans: z.array(scanSchema).min(1).max(MAX_SYNC_BATCH) });

/** A PNG from the signature pad: base64 of at most ~96 KB, enough for a stroke drawing. */
export const MAX_SIGNATURE_BYTES = 96 * 1024;
export const signatureSchema = z.object({
  checkInId: z.string().min(1).max(40),
  png: z.string().max(Math.ceil((MAX_SIGNATURE_BYTES * 4) / 3) + 4, "attendance.errors.signatureTooLarge"),
});
