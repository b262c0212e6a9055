"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { duplicateEventAction } from "@/lib/events/actions";
import { duplicateEventSchema, type DuplicateEventInput } from "@/lib/events/schema";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";

export function DuplicateEventForm({ eventId, defaults, zoneLabel }: { eventId: string; defaults: DuplicateEventInput; zoneLabel: string }) {
  const t = useTranslations();
  const td = useTranslations("events.duplicate");
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<DuplicateEventInput>({
    resolver: keyedZodResolver(duplicateEventSchema),
    defaultValues: defaults,
  });
  const error = (name: keyof DuplicateEventInput) => translateFieldError(t, formState.errors[name]);
  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await duplicateEventAction(eventId, values);
    if (result.ok) return;
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field !== "_form") setError(field as keyof DuplicateEventInput, { type: "server", message: text });
    }
    setMessage(result.message);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">{td("intro")}</p>
      <Field id="duplicate-title" label={td("title")} error={error("title")} {...register("title")} />
      <Field id="duplicate-slug" label={td("slug")} error={error("slug")} {...register("slug")} />
      <Field id="duplicate-start" type="datetime-local" label={td("startsAt", { zone: zoneLabel })} error={error("startsAt")} {...register("startsAt")} />
      <FormMessage message={message} />
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.saving") : td("submit")}
      </Button>
    </form>
  );
}
