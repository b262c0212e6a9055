"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { updateAccountNameAction } from "@/lib/accounts/actions";
import { accountNameFormSchema } from "@/lib/accounts/schema";

export function NameForm({ name }: { name: string }) {
  const t = useTranslations("accounts.page");
  const { form, submit, notice, fieldError, busy } = useActionForm(accountNameFormSchema, updateAccountNameAction, {
    defaultValues: { name },
    onSuccess: () => t("nameSaved"),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <Field label={t("name")} autoComplete="name" error={fieldError("name")} {...form.register("name")} />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("saving") : t("saveName")}
      </Button>
    </form>
  );
}
