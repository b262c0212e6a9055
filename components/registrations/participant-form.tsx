"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/run-action";
import { participantSchema, type ParticipantInput } from "@/lib/registrations/schema";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";

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

export function ParticipantForm({ idPrefix, defaultValues = EMPTY_PARTICIPANT, submitLabel, submit, offerWaitlist = false, onDone }: ParticipantFormProps) {
  const t = useTranslations();
  const tf = useTranslations("unitPortal.form");
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [full, setFull] = useState(false);
  const { register, handleSubmit, setError, reset, getValues, formState } = useForm<ParticipantInput>({
    resolver: keyedZodResolver(participantSchema),
    defaultValues,
  });
  const error = (name: keyof ParticipantInput) => translateFieldError(t, formState.errors[name]);
  const id = (name: string) => `${idPrefix}-${name}`;

  async function send(values: ParticipantInput, joinWaitlist: boolean) {
    setMessage(undefined);
    const result = await submit(values, joinWaitlist);
    if (result.ok) {
      setFull(false);
      setMessage({ text: tf("saved"), tone: "success" });
      if (defaultValues === EMPTY_PARTICIPANT) reset(EMPTY_PARTICIPANT);
      onDone?.();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field !== "_form") setError(field as keyof ParticipantInput, { type: "server", message: text });
    }
    setFull(offerWaitlist && /penuh|full/i.test(result.message));
    setMessage({ text: result.message, tone: "error" });
  }

  return (
    <form onSubmit={handleSubmit((values) => send(values, false))} noValidate className="space-y-3">
      <Field id={id("name")} label={tf("name")} autoComplete="name" error={error("name")} {...register("name")} />
      <Field id={id("nip")} label={tf("nip")} hint={tf("nipHint")} inputMode="numeric" error={error("nip")} {...register("nip")} />
      <Field id={id("position")} label={tf("position")} error={error("position")} {...register("position")} />
      <Field id={id("rank")} label={tf("rank")} error={error("rank")} {...register("rank")} />
      <Field id={id("email")} type="email" inputMode="email" label={tf("email")} error={error("email")} {...register("email")} />
      <Field id={id("phone")} type="tel" inputMode="tel" label={tf("phone")} hint={tf("phoneHint")} error={error("phone")} {...register("phone")} />
      <SelectField id={id("mode")} label={tf("mode")} error={error("attendanceMode")} {...register("attendanceMode")}>
        <option value="ON_SITE">{tf("modeON_SITE")}</option>
        <option value="ONLINE">{tf("modeONLINE")}</option>
      </SelectField>
      <TextareaField id={id("notes")} label={tf("notes")} rows={2} error={error("notes")} {...register("notes")} />
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("common.saving") : submitLabel}
        </Button>
        {full && (
          <Button variant="secondary" disabled={formState.isSubmitting} onClick={() => void send(getValues(), true)}>
            {tf("joinWaitlist")}
          </Button>
        )}
      </div>
    </form>
  );
}
