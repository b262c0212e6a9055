import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 50;

/** The record of changes to one event of the actor's organisation, newest first; nothing for another's. */
export async function listEventAudit(actor: Actor | null, eventId: string, page: number) {
  const organizationId = organizationScope(actor, "audit:read");
  const where = { eventId, event: { organizationId } };
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, reason: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries: entries.map((e) => ({ ...e, changes: changesOf(e.before, e.after) })) };
}

export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const IGNORED = new Set(["updatedAt", "createdAt"]);

/** The fields that differ between the before and after snapshots, as text. */
export function changesOf(before: unknown, after: unknown): AuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !IGNORED.has(f));
  return fields
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
    .filter((change) => change.before !== change.after);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === undefined || value === null ? "—" : typeof value === "string" ? value : JSON.stringify(value));
