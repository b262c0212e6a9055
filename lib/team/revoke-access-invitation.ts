import "server-only";
import { z } from "zod";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { assertEventWritable } from "@/lib/events/writable-event";
import { invitationStatus } from "@/lib/invitations/status";
import { parseInput } from "@/lib/validation/zod";

export interface RevokeAccessInvitationOptions {
  actor: Actor | null;
  invitationId: string;
  now?: Date;
}

const revokeSchema = z.object({ invitationId: z.string().trim().min(1).max(64) });

/** "Cabut": the link stops working at once. An accepted invitation is history; remove the role instead. */
export async function revokeAccessInvitation(options: RevokeAccessInvitationOptions): Promise<void> {
  const organizer = authorize(options.actor, "team:manage");
  const organizationId = organizationScope(organizer, "team:manage");
  const input = parseInput(revokeSchema, { invitationId: options.invitationId });
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const invitation = await tx.accessInvitation.findFirst({
      where: { id: input.invitationId, organizationId },
      select: { id: true, role: true, eventId: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new AppError("not_found");
    if (invitation.eventId) await assertEventWritable(tx, invitation.eventId, [organizationId]);
    const status = invitationStatus(invitation, now);
    // The condition is repeated in the update, so a link accepted a moment ago stays accepted.
    const { count } = await tx.accessInvitation.updateMany({
      where: { id: invitation.id, organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw invalidField("_form", status === "revoked" ? "invitations.errors.alreadyRevoked" : "invitations.errors.alreadyAccepted");
    await recordAudit(tx, {
      actor: organizer,
      action: "team.invitation.revoke",
      entityType: "AccessInvitation",
      entityId: invitation.id,
      organizationId,
      eventId: invitation.eventId,
      before: { status, role: invitation.role, email: invitation.email },
      after: { status: "revoked" },
    });
  });
}
