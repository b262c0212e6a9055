"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, resolveLocale } from "@/lib/i18n/locales";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { BusySignIn, RateLimitedSignIn, signIn, signOut } from "./index";
import { OIDC_PROVIDER_ID, SSO_REFUSAL_ERRORS, ssoConfigured } from "./oidc";
import { homeForRoles } from "./permissions";
import { credentialsSchema } from "./verify-credentials";

export interface SignInState {
  message?: string;
  fieldErrors?: { email?: string; password?: string };
  email?: string;
}

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations("login");
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fields = parsed.error.flatten().fieldErrors;
    return {
      email,
      fieldErrors: {
        email: fields.email ? t("emailInvalid") : undefined,
        password: fields.password ? t("passwordRequired") : undefined,
      },
    };
  }

  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof RateLimitedSignIn) return { email, message: t("rateLimited", { minutes: error.retryAfterMinutes }) };
    if (error instanceof BusySignIn) return { email, message: t("busy") };
    if (error instanceof AuthError && error.type === "CredentialsSignin") return { email, message: t("invalid") };
    console.error("sign-in failed", error);
    return { email, message: t("failed") };
  }

  const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { locale: true, roles: { select: { role: true } } } });
  // The language chosen on the account page follows the account to every browser it signs in on.
  if (user?.locale) (await cookies()).set(LOCALE_COOKIE, resolveLocale(user.locale), LOCALE_COOKIE_OPTIONS);
  redirect(safeReturnPath(formData.get("callbackUrl")) ?? homeForRoles(user?.roles.map((r) => r.role) ?? []));
}

/**
 * Sends the browser to the identity provider. It comes back to /login/continue, which sends the
 * signed-in user on to the page they came for or to their role's home, like a password sign-in.
 */
export async function signInWithSso(formData: FormData): Promise<void> {
  if (!ssoConfigured()) redirect("/login");
  const returnTo = safeReturnPath(formData.get("callbackUrl"));
  const redirectTo = `/login/continue${returnTo ? `?${new URLSearchParams({ callbackUrl: returnTo })}` : ""}`;
  let target: string;
  try {
    target = await signIn(OIDC_PROVIDER_ID, { redirect: false, redirectTo });
  } catch (error) {
    // The identity provider could not be reached or its discovery document was refused.
    console.error("single sign-on could not start", error);
    target = `/login?error=${SSO_REFUSAL_ERRORS.failed}`;
  }
  redirect(target);
}

export async function signOutAction(): Promise<void> {
  // A path of our own rather than Auth.js's absolute redirect, which names AUTH_URL's host when it
  // is set (single sign-on sets it) instead of the one the browser is on.
  await signOut({ redirect: false });
  redirect("/");
}
