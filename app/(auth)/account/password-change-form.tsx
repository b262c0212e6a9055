"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { changePasswordAction } from "@/lib/accounts/actions";
import { changePasswordFormSchema, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schema";

const EMPTY = { currentPassword: "", password: "", passwordConfirmation: "" };

// Ids of its own: the account page has two "current password" fields.
export function PasswordChangeForm({ email }: { email: string }) {
  const t = useTranslations("accounts.page");
  const { form, submit, notice, fieldError, busy } = useActionForm(changePasswordFormSchema, changePasswordAction, {
    defaultValues: EMPTY,
    onSuccess: ({ sessionsEnded }) => {
      form.reset(EMPTY);
      return t("passwordChanged", { count: sessionsEnded });
    },
  });
  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-3">
      {/* Lets password managers store the new password under the right address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={fieldError("currentPassword")}
        id="password-change-currentPassword"
        {...form.register("currentPassword")}
      />
      <Field
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        error={fieldError("password")}
        id="password-change-password"
        {...form.register("password")}
      />
      <Field
        type="password"
        label={t("passwordConfirmation")}
        autoComplete="new-password"
        error={fieldError("passwordConfirmation")}
        id="password-change-passwordConfirmation"
        {...form.register("passwordConfirmation")}
      />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("saving") : t("changePassword")}
      </Button>
    </form>
  );
}
