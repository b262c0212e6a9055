"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { requestPasswordResetAction } from "@/lib/accounts/actions";
import { forgotPasswordFormSchema } from "@/lib/accounts/schema";

export function ForgotPasswordForm() {
  const t = useTranslations("accounts.forgot");
  // The answer is the same whether or not the address has an account.
  const { form, submit, notice, fieldError, busy } = useActionForm(forgotPasswordFormSchema, requestPasswordResetAction, {
    defaultValues: { email: "" },
    onSuccess: () => t("sent"),
  });
  return (
    <form onSubmit={submit} noValidate className="mt-6 space-y-4">
      <Field type="email" label={t("email")} autoComplete="username" inputMode="email" error={fieldError("email")} {...form.register("email")} />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
