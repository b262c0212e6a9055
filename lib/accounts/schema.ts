import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { MIN_PASSWORD_LENGTH } from "@/lib/invitations/schema";

// One schema per account form, used by the browser (react-hook-form) and again on the server.

/** A "forgot password" link is good for this long, and once. */
export const RESET_LINK_MINUTES = 60;
/** A link confirming a new sign-in address is good for this long, and once. */
export const EMAIL_CHANGE_LINK_HOURS = 24;
export { MIN_PASSWORD_LENGTH };
// bcrypt reads at most 72 bytes; a longer password would be silently cut.
const MAX_PASSWORD_BYTES = 72;

const email = z.string().trim().toLowerCase().max(254).email();
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "accounts.errors.passwordTooShort")
  .refine((p) => new TextEncoder().encode(p).length <= MAX_PASSWORD_BYTES, "accounts.errors.passwordTooLong");
const currentPassword = z.string().min(1).max(200);

function confirmed<T extends { password: string; passwordConfirmation: string }>(values: T) {
  return values.password === values.passwordConfirmation;
}
const mismatch = { path: ["passwordConfirmation"], message: "accounts.errors.passwordMismatch" };

export const forgotPasswordFormSchema = z.object({ email });
export type ForgotPasswordFormInput = z.input<typeof forgotPasswordFormSchema>;

export const newPasswordFormSchema = z.object({ password: newPassword, passwordConfirmation: z.string() }).refine(confirmed, mismatch);
export type NewPasswordFormInput = z.input<typeof newPasswordFormSchema>;

export const changePasswordFormSchema = z
  .object({ currentPassword, password: newPassword, passwordConfirmation: z.string() })
  .refine(confirmed, mismatch);
export type ChangePasswordFormInput = z.input<typeof changePasswordFormSchema>;

export const accountNameFormSchema = z.object({ name: z.string().trim().min(1).max(120) });
export type AccountNameFormInput = z.input<typeof accountNameFormSchema>;

export const emailChangeFormSchema = z.object({ email, currentPassword });
export type EmailChangeFormInput = z.input<typeof emailChangeFormSchema>;

export const languageSchema = z.enum(LOCALES);
