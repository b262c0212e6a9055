"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Checkbox, FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { eventFormSchema, type EventFormInput } from "@/lib/events/schema";
import type { TimeZoneOption } from "@/lib/time";

interface EventFormProps {
  defaultValues: EventFormInput;
  timeZones: TimeZoneOption[];
  submit: (input: EventFormInput) => Promise<ActionResult<{ id: string }>>;
  submitLabel: string;
  /** Suggest the address from the title while the organizer has not typed one. */
  suggestSlug?: boolean;
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);

export function EventForm({ defaultValues, timeZones, submit, submitLabel, suggestSlug = false }: EventFormProps) {
  const t = useTranslations();
  const tf = useTranslations("events.form");
  const [slugTouched, setSlugTouched] = useState(!suggestSlug);
  const { form, submit: onSubmit, notice, fieldError, busy } = useActionForm(eventFormSchema, submit, {
    defaultValues,
    mode: "onBlur",
    onSuccess: () => tf("saved"),
  });
  const { register, setValue } = form;

  const titleField = register("title");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("about")}</legend>
        <Field
          label={tf("title")}
          error={fieldError("title")}
          {...titleField}
          onChange={(e) => {
            void titleField.onChange(e);
            if (!slugTouched) setValue("slug", slugify(e.target.value));
          }}
        />
        <Field label={tf("slug")} hint={tf("slugHint")} error={fieldError("slug")} {...register("slug", { onChange: () => setSlugTouched(true) })} />
        <Field label={tf("theme")} error={fieldError("theme")} {...register("theme")} />
        <Field label={tf("slogan")} error={fieldError("slogan")} {...register("slogan")} />
        <TextareaField label={tf("description")} error={fieldError("description")} {...register("description")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("venue")}</legend>
        <Field label={tf("venueName")} error={fieldError("venueName")} {...register("venueName")} />
        <Field label={tf("venueRoom")} error={fieldError("venueRoom")} {...register("venueRoom")} />
        <Field label={tf("venueAddress")} error={fieldError("venueAddress")} {...register("venueAddress")} />
        <Field label={tf("venueCity")} error={fieldError("venueCity")} {...register("venueCity")} />
        <Field label={tf("venueMapUrl")} hint={tf("venueMapUrlHint")} type="url" inputMode="url" error={fieldError("venueMapUrl")} {...register("venueMapUrl")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("schedule")}</legend>
        <SelectField label={tf("timeZone")} hint={tf("timeZoneHint")} error={fieldError("timeZone")} {...register("timeZone")}>
          {timeZones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field type="datetime-local" label={tf("startsAt")} error={fieldError("startsAt")} {...register("startsAt")} />
          <Field type="datetime-local" label={tf("endsAt")} error={fieldError("endsAt")} {...register("endsAt")} />
          <Field type="datetime-local" label={tf("registrationOpensAt")} error={fieldError("registrationOpensAt")} {...register("registrationOpensAt")} />
          <Field type="datetime-local" label={tf("registrationClosesAt")} error={fieldError("registrationClosesAt")} {...register("registrationClosesAt")} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("participants")}</legend>
        <Field type="number" min={1} inputMode="numeric" label={tf("capacity")} error={fieldError("capacity")} {...register("capacity")} />
        <SelectField label={tf("mode")} error={fieldError("mode")} {...register("mode")}>
          <option value="IN_PERSON">{tf("modeIN_PERSON")}</option>
          <option value="HYBRID">{tf("modeHYBRID")}</option>
        </SelectField>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{tf("openRegistrationTitle")}</legend>
        <Checkbox label={tf("openRegistration")} hint={tf("openRegistrationHint")} {...register("openRegistration")} />
        <Checkbox label={tf("requiresApproval")} hint={tf("requiresApprovalHint")} {...register("requiresApproval")} />
      </fieldset>

      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("common.saving") : submitLabel}
      </Button>
    </form>
  );
}
