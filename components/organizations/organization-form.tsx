"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import { updateOrganizationAction } from "@/lib/organizations/actions";
import { organizationSettingsSchema, type OrganizationSettingsValues } from "@/lib/organizations/schema";
import type { TimeZoneOption } from "@/lib/time";

interface OrganizationFormProps {
  defaultValues: OrganizationSettingsValues;
  /** Built on the server (see timeZoneOptions) so both renders list the same zones. */
  timeZones: TimeZoneOption[];
}

export function OrganizationForm({ defaultValues, timeZones }: OrganizationFormProps) {
  const t = useTranslations("organization");
  const { form, submit, notice, fieldError, busy } = useActionForm(organizationSettingsSchema, updateOrganizationAction, {
    defaultValues,
    onSuccess: ({ changed }) => (changed ? t("settings.saved") : t("settings.unchanged")),
  });
  const { register } = form;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <TextareaField label={t("fields.parentLines")} hint={t("fields.parentLinesHint")} rows={3} error={fieldError("parentLines")} {...register("parentLines")} />
      <Field label={t("fields.name")} autoComplete="organization" error={fieldError("name")} {...register("name")} />
      <Field label={t("fields.shortName")} autoComplete="off" error={fieldError("shortName")} {...register("shortName")} />
      <TextareaField label={t("fields.address")} rows={2} autoComplete="street-address" error={fieldError("address")} {...register("address")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.phone")} type="tel" autoComplete="tel" error={fieldError("phone")} {...register("phone")} />
        <Field label={t("fields.email")} type="email" autoComplete="email" error={fieldError("email")} {...register("email")} />
      </div>
      <Field label={t("fields.website")} type="url" inputMode="url" placeholder="https://" autoComplete="url" error={fieldError("website")} {...register("website")} />
      <SelectField label={t("fields.timeZone")} hint={t("fields.timeZoneHint")} error={fieldError("timeZone")} {...register("timeZone")}>
        {timeZones.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={busy} aria-disabled={busy} className={buttonClass("primary", "w-full sm:w-auto")}>
        {busy ? t("settings.saving") : t("settings.save")}
      </button>
    </form>
  );
}
