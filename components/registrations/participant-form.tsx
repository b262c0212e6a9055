"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import { participantSchema, type ParticipantInput } from "@/lib/registrations/schema";

export const EMPTY_PARTICIPANT: ParticipantInput = {
  name: "",
  nip: "",
  position: "",
  rank: "",
  email: "",
  phone: "",
  attendanceMode: "ON_SITE",
  notes: "",
};

interface ParticipantFormProps {
  idPrefix: string;
  defaultValues?: ParticipantInput;
  submitLabel: string;
  /** Sends the form; `joinWaitlist` is true only after the organizer of the form agreed to it. */
  submit: (input: ParticipantInput, joinWaitlist: boolean) => Promise<ActionResult<unknown>>;
  /** Offer the waitlist when the server says the unit or the event is full. */
  offerWaitlist?: boolean;
  onDone?: () => void;
}

export function ParticipantForm({ idPrefix, defaultValues = EMPTY_PARTICIPANT, submitLabel, submit: submitParticipant, offerWaitlist = false, onDone }: ParticipantFormProps) {
  const t = useTranslations();
  const tf = useTranslations("unitPortal.form");
  const { form, submit, send, notice, failure, fieldError, busy } = useActionForm(participantSchema, (values) => submitParticipant(values, false), {
    defaultValues,
    onSuccess: () => {
      if (defaultValues === EMPTY_PARTICIPANT) form.reset(EMPTY_PARTICIPANT);
      onDone?.();
      return tf("saved");
    },
  });
  const { register, getValues } = form;
  // The server says which limit was reached; only then is the waitlist a choice.
  const full = offerWaitlist && (failure?.code === "unit_full" || failure?.code === "event_full");
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <Field id={id("name")} label={tf("name")} autoComplete="name" error={fieldError("name")} {...register("name")} />
      <Field id={id("nip")} label={tf("nip")} hint={tf("nipHint")} inputMode="numeric" error={fieldError("nip")} {...register("nip")} />
      <Field id={id("position")} label={tf("position")} error={fieldError("position")} {...register("position")} />
      <Field id={id("rank")} label={tf("rank")} error={fieldError("rank")} {...register("rank")} />
      <Field id={id("email")} type="email" inputMode="email" label={tf("email")} error={fieldError("email")} {...register("email")} />
      <Field id={id("phone")} type="tel" inputMode="tel" label={tf("phone")} hint={tf("phoneHint")} error={fieldError("phone")} {...register("phone")} />
      <SelectField id={id("mode")} label={tf("mode")} error={fieldError("attendanceMode")} {...register("attendanceMode")}>
        <option value="ON_SITE">{tf("modeON_SITE")}</option>
        <option value="ONLINE">{tf("modeONLINE")}</option>
      </SelectField>
      <TextareaField id={id("notes")} label={tf("notes")} rows={2} error={fieldError("notes")} {...register("notes")} />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? t("common.saving") : submitLabel}
        </Button>
        {full && (
          <Button variant="secondary" disabled={busy} onClick={() => void send(getValues(), { run: (values) => submitParticipant(values, true) })}>
            {tf("joinWaitlist")}
          </Button>
        )}
      </div>
    </form>
  );
}
