"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Checkbox, FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";
import { eventFormSchema, type EventFormInput } from "@/lib/events/schema";
import type { TimeZoneOption } from "@/lib/time";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";

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
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [slugTouched, setSlugTouched] = useState(!suggestSlug);
  const { register, handleSubmit, setError, setValue, formState } = useForm<EventFormInput>({
    resolver: keyedZodResolver(eventFormSchema),
    defaultValues,
    mode: "onBlur",
  });
  const error = (name: keyof EventFormInput) => translateFieldError(t, formState.errors[name]);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await submit(values);
    if (result.ok) {
      setMessage({ text: tf("saved"), tone: "success" });
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field !== "_form") setError(field as keyof EventFormInput, { type: "server", message: text });
    }
    setMessage({ text: result.message, tone: "error" });
  });

  const titleField = register("title");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("about")}</legend>
        <Field
          label={tf("title")}
          error={error("title")}
          {...titleField}
          onChange={(e) => {
            void titleField.onChange(e);
            if (!slugTouched) setValue("slug", slugify(e.target.value));
          }}
        />
        <Field label={tf("slug")} hint={tf("slugHint")} error={error("slug")} {...register("slug", { onChange: () => setSlugTouched(true) })} />
        <Field label={tf("theme")} error={error("theme")} {...register("theme")} />
        <Field label={tf("slogan")} error={error("slogan")} {...register("slogan")} />
        <TextareaField label={tf("description")} error={error("description")} {...register("description")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("venue")}</legend>
        <Field label={tf("venueName")} error={error("venueName")} {...register("venueName")} />
        <Field label={tf("venueRoom")} error={error("venueRoom")} {...register("venueRoom")} />
        <Field label={tf("venueAddress")} error={error("venueAddress")} {...register("venueAddress")} />
        <Field label={tf("venueCity")} error={error("venueCity")} {...register("venueCity")} />
        <Field label={tf("venueMapUrl")} hint={tf("venueMapUrlHint")} type="url" inputMode="url" error={error("venueMapUrl")} {...register("venueMapUrl")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("schedule")}</legend>
        <SelectField label={tf("timeZone")} hint={tf("timeZoneHint")} error={error("timeZone")} {...register("timeZone")}>
          {timeZones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field type="datetime-local" label={tf("startsAt")} error={error("startsAt")} {...register("startsAt")} />
          <Field type="datetime-local" label={tf("endsAt")} error={error("endsAt")} {...register("endsAt")} />
          <Field type="datetime-local" label={tf("registrationOpensAt")} error={error("registrationOpensAt")} {...register("registrationOpensAt")} />
          <Field type="datetime-local" label={tf("registrationClosesAt")} error={error("registrationClosesAt")} {...register("registrationClosesAt")} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{tf("participants")}</legend>
        <Field type="number" min={1} inputMode="numeric" label={tf("capacity")} error={error("capacity")} {...register("capacity")} />
        <SelectField label={tf("mode")} error={error("mode")} {...register("mode")}>
          <option value="IN_PERSON">{tf("modeIN_PERSON")}</option>
          <option value="HYBRID">{tf("modeHYBRID")}</option>
        </SelectField>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{tf("openRegistrationTitle")}</legend>
        <Checkbox label={tf("openRegistration")} hint={tf("openRegistrationHint")} {...register("openRegistration")} />
        <Checkbox label={tf("requiresApproval")} hint={tf("requiresApprovalHint")} {...register("requiresApproval")} />
      </fieldset>

      <FormMessage message={message?.text} tone={message?.tone} />
      <Button type="submit" disabled={formState.isSubmitting} className="w-full sm:w-auto">
        {formState.isSubmitting ? t("common.saving") : submitLabel}
      </Button>
    </form>
  );
}
