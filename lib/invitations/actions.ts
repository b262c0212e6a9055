"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formOf, id, token } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/http/client-ip";
import { acceptInvitation } from "./accept-invitation";
import { publicBaseUrl } from "./base-url";
import { inviteCoordinator, type IssuedInvitation } from "./invite-coordinator";
import { INVITATION_PERMISSION } from "./permission";
import { removeCoordinator } from "./remove-coordinator";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { acceptInvitationFormSchema, inviteFormSchema } from "./schema";

type IssuedLink = Pick<IssuedInvitation, "email" | "link">;

const coordinatorsChanged = <T>(result: T, eventId: string) => {
  revalidatePath(`/console/events/${encodeURIComponent(eventId)}/coordinators`);
  revalidatePath("/console/outbox");
  return result;
};
const link = ({ email, link }: IssuedInvitation): IssuedLink => ({ email, link });

export const inviteCoordinatorAction = defineAction({
  args: [id, id, formOf(inviteFormSchema)],
  permission: INVITATION_PERMISSION,
  run: async (actor, eventId, unitId, input) =>
    link(await inviteCoordinator({ actor, eventId, unitId, email: input.email, name: input.name, baseUrl: await publicBaseUrl() })),
  after: (issued, eventId) => coordinatorsChanged(issued, eventId),
  // A refusal about the unit itself has no field on the form: it is the form's message.
  formField: (field) => (field === "unitId" ? "_form" : field),
});

export const resendInvitationAction = defineAction({
  args: [id, id],
  permission: INVITATION_PERMISSION,
  run: async (actor, _eventId, invitationId) => link(await resendInvitation({ actor, invitationId, baseUrl: await publicBaseUrl() })),
  after: (issued, eventId) => coordinatorsChanged(issued, eventId),
});

export const revokeInvitationAction = defineAction({
  args: [id, id],
  permission: INVITATION_PERMISSION,
  run: (actor, _eventId, invitationId) => revokeInvitation({ actor, invitationId }),
  after: (_, eventId) => coordinatorsChanged(undefined, eventId),
});

export const removeCoordinatorAction = defineAction({
  args: [id, id, id],
  permission: INVITATION_PERMISSION,
  run: (actor, eventId, unitId, userId) => removeCoordinator({ actor, eventId, unitId, userId }),
  after: (_, eventId) => coordinatorsChanged(undefined, eventId),
});

/**
 * Accepts the invitation, signs the new coordinator in with the password they just chose and
 * opens the unit portal. The password is never sent back. Anyone holding the link may accept it.
 */
export const acceptInvitationAction = defineAction({
  args: [token, formOf(acceptInvitationFormSchema)],
  permission: "public",
  run: async (actor, invitationToken, { name, password, passwordConfirmation }) =>
    acceptInvitation({ actor, token: invitationToken, ip: clientIp(await headers()), name, password, passwordConfirmation }),
  after: async (accepted, _token, input): Promise<void> => {
    if (accepted.passwordSet) {
      try {
        await signIn("credentials", { email: accepted.email, password: input.password, redirect: false });
      } catch (error) {
        // The role is granted either way; a refused sign-in (rate limit) just means signing in by hand.
        if (!(error instanceof AuthError)) console.error("sign-in after accepting an invitation failed", error);
        redirect("/login?callbackUrl=%2Funit");
      }
    }
    redirect("/unit");
  },
});
