import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface RecordAuditOptions {
  /** Who did it; null for a participant registering themselves on a public form. */
  actor: Pick<Actor, "userId"> | null;
  action: string;
  entityType: string;
  entityId: string;
  /** The organisation whose data changed; when omitted, the event's (the database fills it in). */
  organizationId?: string | null;
  eventId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

/** Written in the same transaction as the change, so there is no change without its record. */
export async function recordAudit(tx: Tx, options: RecordAuditOptions): Promise<{ id: string }> {
  return tx.auditLog.create({ select: { id: true }, data: auditRow(options) });
}

/** Many records in one statement, for a change to many rows at once (a bulk invite, an import). */
export async function recordAudits(tx: Tx, entries: RecordAuditOptions[]): Promise<void> {
  if (entries.length > 0) await tx.auditLog.createMany({ data: entries.map(auditRow) });
}

function auditRow(options: RecordAuditOptions) {
  return {
    actorId: options.actor?.userId ?? null,
    action: options.action,
    entityType: options.entityType,
    entityId: options.entityId,
    organizationId: options.organizationId ?? null,
    eventId: options.eventId ?? null,
    before: toJson(options.before),
    after: toJson(options.after),
    reason: options.reason ?? null,
  };
}

// Dates become ISO strings and undefined disappears, exactly as the JSON column will hold them.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
