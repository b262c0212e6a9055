import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudits } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { badgeWhere } from "./filter-where";
import { badgeFilterSchema, type BadgeFilterInput } from "./schema";

export interface MarkBadgesPrintedOptions {
  actor: Actor | null;
  eventId: string;
  filter: BadgeFilterInput;
  /**
   * When the form offering the download was shown. Only registrations unchanged since then are
   * marked: someone who registered (or was promoted, or renamed) after it cannot have been on the
   * sheet, and must stay "not printed" for the next run.
   */
  asOf: Date | string;
  now?: Date;
}

/** "Tandai sudah dicetak": stamps the badges the same filter prints, so "belum dicetak" later gives only new ones. */
export async function markBadgesPrinted(options: MarkBadgesPrintedOptions): Promise<{ count: number }> {
  const actor = authorize(options.actor, "event:manage");
  const parsed = badgeFilterSchema.safeParse(options.filter);
  if (!parsed.success) throw invalidField(String(parsed.error.issues[0]?.path[0] ?? "unit"), parsed.error.issues[0]!.message);
  const asOf = z.coerce.date().safeParse(options.asOf);
  if (!asOf.success || Number.isNaN(asOf.data.getTime())) throw invalidField("asOf", "badges.errors.badAsOf");
  const filter = parsed.data;
  const now = options.now ?? new Date();
  return inTransaction(async (tx) => {
    await assertEventWritable(tx, options.eventId, reachOf(actor, "event:manage"));
    if (filter.unit) {
      const unit = await tx.unit.findFirst({ where: { id: filter.unit, organization: { events: { some: { id: options.eventId } } } }, select: { id: true } });
      if (!unit) throw invalidField("unit", "badges.errors.unknownUnit");
    }
    const rows = await tx.registration.findMany({
      where: { ...badgeWhere(options.eventId, filter), updatedAt: { lte: asOf.data < now ? asOf.data : now } },
      select: { id: true, badgePrintedAt: true },
    });
    if (rows.length === 0) return { count: 0 };
    await tx.registration.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { badgePrintedAt: now } });
    await recordAudits(
      tx,
      rows.map((r) => ({
        actor,
        action: "registration.badgePrinted",
        entityType: "Registration",
        entityId: r.id,
        eventId: options.eventId,
        before: { badgePrintedAt: r.badgePrintedAt },
        after: { badgePrintedAt: now },
      })),
    );
    return { count: rows.length };
  });
}
