"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, resolveLocale } from "@/lib/i18n/locales";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { BusySignIn, RateLimitedSignIn, signIn, signOut } from "./index";
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

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
