"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { requestEmailChangeAction } from "@/lib/accounts/actions";
import { emailChangeFormSchema } from "@/lib/accounts/schema";

// Ids of its own: the account page has two "current password" fields.
export function EmailChangeForm() {
  const t = useTranslations("accounts.page");
  const { form, submit, notice, fieldError, busy } = useActionForm(emailChangeFormSchema, requestEmailChangeAction, {
    defaultValues: { email: "", currentPassword: "" },
    onSuccess: ({ email }) => {
      form.reset({ email: "", currentPassword: "" });
      return t("emailRequested", { email });
    },
  });
  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-3">
      <Field
        type="email"
        label={t("newEmail")}
        autoComplete="email"
        inputMode="email"
        error={fieldError("email")}
        id="email-change-email"
        {...form.register("email")}
      />
      <Field
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={fieldError("currentPassword")}
        id="email-change-currentPassword"
        {...form.register("currentPassword")}
      />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("saving") : t("requestEmail")}
      </Button>
    </form>
  );
}
