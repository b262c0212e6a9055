import { z } from "zod";

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const;
export type OutboxStatusFilter = (typeof OUTBOX_STATUSES)[number];

/** The status filter from the page's query string; anything else means "all". */
export function outboxStatusFrom(value: string | string[] | undefined): OutboxStatusFilter | null {
  const parsed = z.enum(OUTBOX_STATUSES).safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}

export const retryOutboxEmailSchema = z.object({ emailId: z.string().trim().min(1).max(64) });
