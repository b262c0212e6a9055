"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { flag, formOf, id, token } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/http/client-ip";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { acceptInvitationFormSchema } from "@/lib/invitations/schema";
import { acceptAccessInvitation } from "./accept-access-invitation";
import { changeRole } from "./change-role";
import { inviteMember, type IssuedAccessInvitation } from "./invite-member";
import { removeRole } from "./remove-role";
import { resendAccessInvitation } from "./resend-access-invitation";
import { revokeAccessInvitation } from "./revoke-access-invitation";
import { changeRoleFormSchema, inviteDoorStaffFormSchema, inviteMemberFormSchema } from "./schema";
import { setAccountActive } from "./set-account-active";

const teamChanged = <T>(result: T): T => {
  revalidatePath("/console/team");
  revalidatePath("/console/events/[eventId]/door-staff", "page");
  revalidatePath("/console/outbox");
  return result;
};
const link = ({ email, link }: IssuedAccessInvitation) => ({ email, link });

export const inviteMemberAction = defineAction({
  args: [formOf(inviteMemberFormSchema)],
  permission: "team:manage",
  run: async (actor, input) => link(await inviteMember({ actor, ...input, baseUrl: await publicBaseUrl() })),
  after: teamChanged,
});

/** From an event's door-staff page: the role is that event's door. */
export const inviteDoorStaffAction = defineAction({
  args: [id, formOf(inviteDoorStaffFormSchema)],
  permission: "team:manage",
  run: async (actor, eventId, input) => link(await inviteMember({ actor, ...input, target: `CHECKIN_STAFF:${eventId}`, baseUrl: await publicBaseUrl() })),
  after: teamChanged,
});

export const resendAccessInvitationAction = defineAction({
  args: [id],
  permission: "team:manage",
  run: async (actor, invitationId) => link(await resendAccessInvitation({ actor, invitationId, baseUrl: await publicBaseUrl() })),
  after: teamChanged,
});

export const revokeAccessInvitationAction = defineAction({
  args: [id],
  permission: "team:manage",
  run: (actor, invitationId) => revokeAccessInvitation({ actor, invitationId }),
  after: teamChanged,
});

export const removeRoleAction = defineAction({
  args: [id],
  permission: "team:manage",
  run: (actor, roleAssignmentId) => removeRole({ actor, roleAssignmentId }),
  after: teamChanged,
});

export const changeRoleAction = defineAction({
  args: [id, formOf(changeRoleFormSchema)],
  permission: "team:manage",
  run: (actor, roleAssignmentId, input) => changeRole({ actor, roleAssignmentId, ...input }),
  after: teamChanged,
});

export const setAccountActiveAction = defineAction({
  args: [id, flag],
  permission: "team:manage",
  run: (actor, userId, active) => setAccountActive({ actor, userId, active }),
  after: teamChanged,
});

/**
 * Accepts an access invitation, signs the newcomer in with the password they just chose and opens
 * the console (organiser) or the door (door staff). Anyone holding the link may accept it.
 */
export const acceptAccessInvitationAction = defineAction({
  args: [token, formOf(acceptInvitationFormSchema)],
  permission: "public",
  run: async (actor, invitationToken, { name, password, passwordConfirmation }) =>
    acceptAccessInvitation({ actor, token: invitationToken, ip: clientIp(await headers()), name, password, passwordConfirmation }),
  after: async (accepted, _token, input): Promise<void> => {
    const home = accepted.role === "ORGANIZER" ? "/console" : accepted.eventId ? `/checkin/${encodeURIComponent(accepted.eventId)}` : "/checkin";
    if (accepted.passwordSet) {
      try {
        await signIn("credentials", { email: accepted.email, password: input.password, redirect: false });
      } catch (error) {
        // The role is granted either way; a refused sign-in (rate limit) just means signing in by hand.
        if (!(error instanceof AuthError)) console.error("sign-in after accepting an invitation failed", error);
        redirect(`/login?callbackUrl=${encodeURIComponent(home)}`);
      }
    }
    redirect(home);
  },
});
