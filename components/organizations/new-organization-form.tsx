"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CopyLink } from "@/components/invitations/copy-link";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField } from "@/components/ui/form-controls";
import { createOrganizationAction } from "@/lib/organizations/actions";
import { newOrganizationSchema } from "@/lib/organizations/schema";
import type { TimeZoneOption } from "@/lib/time";

export function NewOrganizationForm({ timeZones }: { timeZones: TimeZoneOption[] }) {
  const t = useTranslations("organization");
  const [link, setLink] = useState<string>();
  const { form, submit, notice, fieldError, busy } = useActionForm(newOrganizationSchema, createOrganizationAction, {
    defaultValues: { code: "", name: "", shortName: "", timeZone: "Asia/Jakarta", organizerName: "", organizerEmail: "" },
    onSuccess: (created, values) => {
      form.reset();
      setLink(created.link);
      return t("create.created", { name: values.name, email: created.email });
    },
  });
  const { register } = form;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormMessage message={notice?.text} tone={notice?.tone} />
      {link && notice?.tone === "success" && <CopyLink link={link} label={t("create.link")} />}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field label={t("fields.code")} hint={t("create.codeHint")} autoCapitalize="characters" autoComplete="off" spellCheck={false} error={fieldError("code")} {...register("code")} />
        <Field label={t("fields.name")} autoComplete="off" error={fieldError("name")} {...register("name")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.shortName")} autoComplete="off" error={fieldError("shortName")} {...register("shortName")} />
        <SelectField label={t("fields.timeZone")} error={fieldError("timeZone")} {...register("timeZone")}>
          {timeZones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.organizerName")} autoComplete="off" error={fieldError("organizerName")} {...register("organizerName")} />
        <Field label={t("fields.organizerEmail")} type="email" autoComplete="off" error={fieldError("organizerEmail")} {...register("organizerEmail")} />
      </div>
      <button type="submit" disabled={busy} aria-disabled={busy} className={buttonClass("primary", "w-full sm:w-auto")}>
        {busy ? t("create.submitting") : t("create.submit")}
      </button>
    </form>
  );
}
