"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { duplicateEventAction } from "@/lib/events/actions";
import { duplicateEventSchema, type DuplicateEventInput } from "@/lib/events/schema";

export function DuplicateEventForm({ eventId, defaults, zoneLabel }: { eventId: string; defaults: DuplicateEventInput; zoneLabel: string }) {
  const t = useTranslations();
  const td = useTranslations("events.duplicate");
  // A success leaves the page (the action redirects to the copy's editor).
  const { form, submit, notice, fieldError, busy } = useActionForm(duplicateEventSchema, (values) => duplicateEventAction(eventId, values), {
    defaultValues: defaults,
  });
  const { register } = form;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">{td("intro")}</p>
      <Field id="duplicate-title" label={td("title")} error={fieldError("title")} {...register("title")} />
      <Field id="duplicate-slug" label={td("slug")} error={fieldError("slug")} {...register("slug")} />
      <Field id="duplicate-start" type="datetime-local" label={td("startsAt", { zone: zoneLabel })} error={fieldError("startsAt")} {...register("startsAt")} />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("common.saving") : td("submit")}
      </Button>
    </form>
  );
}
