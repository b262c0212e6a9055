"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { MIN_PASSWORD_LENGTH, newPasswordFormSchema } from "@/lib/accounts/schema";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("accounts.reset");
  const [leaving, setLeaving] = useState(false);
  // On success the action moves to the sign-in page; the button stays disabled meanwhile.
  const { form, submit, notice, fieldError, busy } = useActionForm(newPasswordFormSchema, (values) => resetPasswordAction(token, values), {
    defaultValues: { password: "", passwordConfirmation: "" },
    onSuccess: () => setLeaving(true),
  });
  return (
    <form onSubmit={submit} noValidate className="mt-6 space-y-4">
      {/* Lets password managers store the new password under the right address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        error={fieldError("password")}
        {...form.register("password")}
      />
      <Field
        type="password"
        label={t("passwordConfirmation")}
        autoComplete="new-password"
        error={fieldError("passwordConfirmation")}
        {...form.register("passwordConfirmation")}
      />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy || leaving} className="w-full">
        {busy || leaving ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
