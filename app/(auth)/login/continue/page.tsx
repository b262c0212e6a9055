import { redirect } from "next/navigation";
import { homeForRoles } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/safe-return-path";

// Where single sign-on returns: Auth.js has set the session cookie; from here the user goes where
// a password sign-in would send them (lib/auth/actions.ts signInWithPassword).
export default async function ContinueAfterSignIn({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, actor] = await Promise.all([searchParams, getActor()]);
  if (!actor) redirect("/login");
  redirect(safeReturnPath(callbackUrl) ?? homeForRoles(actor.roles.map((r) => r.role)));
}
