"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/http/client-ip";
import { acceptInvitation } from "./accept-invitation";
import { publicBaseUrl } from "./base-url";
import { inviteCoordinator } from "./invite-coordinator";
import type { IssuedInvitation } from "./invite-coordinator";
import { removeCoordinator } from "./remove-coordinator";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import type { AcceptInvitationFormInput, InviteFormInput } from "./schema";

type IssuedLink = Pick<IssuedInvitation, "email" | "link">;

const coordinatorsPath = (eventId: string) => `/console/events/${encodeURIComponent(eventId)}/coordinators`;

function revalidateConsole(eventId: string) {
  revalidatePath(coordinatorsPath(eventId));
  revalidatePath("/console/outbox");
}

export async function inviteCoordinatorAction(eventId: string, unitId: string, input: InviteFormInput): Promise<ActionResult<IssuedLink>> {
  const result = await runAction(async (actor) => {
    const issued = await inviteCoordinator({ actor, eventId, unitId, email: input.email, name: input.name, baseUrl: await publicBaseUrl() });
    return { email: issued.email, link: issued.link };
  });
  if (result.ok) revalidateConsole(eventId);
  return result;
}

export async function resendInvitationAction(eventId: string, invitationId: string): Promise<ActionResult<IssuedLink>> {
  const result = await runAction(async (actor) => {
    const issued = await resendInvitation({ actor, invitationId, baseUrl: await publicBaseUrl() });
    return { email: issued.email, link: issued.link };
  });
  if (result.ok) revalidateConsole(eventId);
  return result;
}

export async function revokeInvitationAction(eventId: string, invitationId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => revokeInvitation({ actor, invitationId }));
  if (result.ok) revalidateConsole(eventId);
  return result;
}

export async function removeCoordinatorAction(eventId: string, unitId: string, userId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => removeCoordinator({ actor, eventId, unitId, userId }));
  if (result.ok) revalidateConsole(eventId);
  return result;
}

/**
 * Accepts the invitation, signs the new coordinator in with the password they just chose and
 * opens the unit portal. The password is never sent back.
 */
export async function acceptInvitationAction(token: string, input: AcceptInvitationFormInput): Promise<ActionResult<void>> {
  const ip = clientIp(await headers());
  const result = await runAction((actor) =>
    acceptInvitation({ actor, token, ip, name: input.name, password: input.password, passwordConfirmation: input.passwordConfirmation }),
  );
  if (!result.ok) return result;
  if (result.data.passwordSet) {
    try {
      await signIn("credentials", { email: result.data.email, password: input.password, redirect: false });
    } catch (error) {
      // The role is granted either way; a refused sign-in (rate limit) just means signing in by hand.
      if (!(error instanceof AuthError)) console.error("sign-in after accepting an invitation failed", error);
      redirect("/login?callbackUrl=%2Funit");
    }
  }
  redirect("/unit");
}
