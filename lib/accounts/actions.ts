"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { formOf, token } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { signOut } from "@/lib/auth";
import { clientIp } from "@/lib/http/client-ip";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, resolveLocale } from "@/lib/i18n/locales";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { changePassword } from "./change-password";
import { confirmEmailChange } from "./confirm-email-change";
import { requestEmailChange } from "./request-email-change";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import {
  accountNameFormSchema,
  changePasswordFormSchema,
  emailChangeFormSchema,
  forgotPasswordFormSchema,
  languageSchema,
  newPasswordFormSchema,
} from "./schema";
import { signOutEverywhere } from "./sign-out-everywhere";
import { updateAccountProfile } from "./update-account-profile";

const accountChanged = <T>(result: T) => {
  revalidatePath("/account");
  return result;
};

/** Public. Always the same answer, whether or not the address has an account. */
export const requestPasswordResetAction = defineAction({
  args: [formOf(forgotPasswordFormSchema)],
  permission: "public",
  run: async (_actor, { email }) =>
    requestPasswordReset({ email, ip: clientIp(await headers()), baseUrl: await publicBaseUrl(), locale: resolveLocale(await getLocale()) }),
});

/** Public: the link is the credential. Then to sign-in, where the new password is used. */
export const resetPasswordAction = defineAction({
  args: [token, formOf(newPasswordFormSchema)],
  permission: "public",
  run: async (_actor, resetToken, { password, passwordConfirmation }) =>
    resetPassword({ token: resetToken, password, passwordConfirmation, ip: clientIp(await headers()) }),
  after: (): void => redirect("/login?reset=done"),
});

/** Public: the link mailed to the new address is the proof of owning it. */
export const confirmEmailChangeAction = defineAction({
  args: [token],
  permission: "public",
  run: async (_actor, changeToken) => confirmEmailChange({ token: changeToken, ip: clientIp(await headers()) }),
  after: (confirmed) => accountChanged(confirmed),
});

export const updateAccountNameAction = defineAction({
  args: [formOf(accountNameFormSchema)],
  permission: "account:manage",
  run: (actor, { name }) => updateAccountProfile({ actor, name }),
  after: accountChanged,
});

export const setAccountLanguageAction = defineAction({
  args: [languageSchema],
  permission: "account:manage",
  run: (actor, locale) => updateAccountProfile({ actor, locale }),
  after: async (profile) => {
    if (profile.locale) (await cookies()).set(LOCALE_COOKIE, profile.locale, LOCALE_COOKIE_OPTIONS);
    revalidatePath("/", "layout");
    return profile;
  },
});

export const requestEmailChangeAction = defineAction({
  args: [formOf(emailChangeFormSchema)],
  permission: "account:manage",
  run: async (actor, { email, currentPassword }) => requestEmailChange({ actor, email, currentPassword, baseUrl: await publicBaseUrl() }),
  after: accountChanged,
});

export const changePasswordAction = defineAction({
  args: [formOf(changePasswordFormSchema)],
  permission: "account:manage",
  run: (actor, input) => changePassword({ actor, ...input }),
});

/** Every session ends, this one too: the cookie is cleared and the browser goes to sign-in. */
export const signOutEverywhereAction = defineAction({
  args: [],
  permission: "account:manage",
  run: (actor) => signOutEverywhere({ actor }),
  after: async (): Promise<void> => {
    await signOut({ redirectTo: "/login" });
  },
});
