import "server-only";
import { authorize, organizationsWith, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { parseInput } from "@/lib/validation/zod";
import { INVITATION_PERMISSION } from "./permission";
import { invitationIdSchema } from "./schema";
import { invitationStatus } from "./status";

export interface RevokeInvitationOptions {
  actor: Actor | null;
  invitationId: string;
  now?: Date;
}

/** "Cabut": the link stops working at once. An accepted invitation is history; remove the role instead. */
export async function revokeInvitation(options: RevokeInvitationOptions): Promise<void> {
  const organizer = authorize(options.actor, INVITATION_PERMISSION);
  const input = parseInput(invitationIdSchema, { invitationId: options.invitationId });
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const invitation = await tx.coordinatorInvitation.findFirst({
      where: { id: input.invitationId, unit: { organizationId: { in: organizationsWith(organizer, INVITATION_PERMISSION) } } },
      select: { id: true, eventId: true, unitId: true, unit: { select: { organizationId: true } }, email: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new AppError("not_found");
    if (invitation.eventId) await assertEventWritable(tx, invitation.eventId, reachOf(organizer, INVITATION_PERMISSION));
    const status = invitationStatus(invitation, now);
    // The condition is repeated in the update, so a link accepted a moment ago stays accepted.
    const { count } = await tx.coordinatorInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) {
      throw invalidField("_form", status === "revoked" ? "invitations.errors.alreadyRevoked" : "invitations.errors.alreadyAccepted");
    }
    await recordAudit(tx, {
      actor: organizer,
      action: "invitation.revoke",
      entityType: "CoordinatorInvitation",
      entityId: invitation.id,
      organizationId: invitation.unit.organizationId,
      eventId: invitation.eventId,
      before: { status, unitId: invitation.unitId, email: invitation.email },
      after: { status: "revoked" },
    });
  });
}
