"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { inviteCoordinatorAction } from "@/lib/invitations/actions";
import { inviteFormSchema, type InviteFormInput } from "@/lib/invitations/schema";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";
import { IssuedLink } from "./issued-link";

export function InviteForm({ eventId, unitId, unitName }: { eventId: string; unitId: string; unitName: string }) {
  const t = useTranslations();
  const ti = useTranslations("invitations.invite");
  const [message, setMessage] = useState<string>();
  const [issued, setIssued] = useState<{ email: string; link: string }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<InviteFormInput>({
    resolver: keyedZodResolver(inviteFormSchema),
    defaultValues: { email: "", name: "" },
  });
  const error = (name: keyof InviteFormInput) => translateFieldError(t, formState.errors[name]);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    setIssued(undefined);
    const result = await inviteCoordinatorAction(eventId, unitId, values);
    if (result.ok) {
      setIssued(result.data);
      reset();
      return;
    }
    const fieldErrors = result.fieldErrors ?? {};
    for (const [field, text] of Object.entries(fieldErrors)) {
      if (field === "email" || field === "name") setError(field, { type: "server", message: text });
    }
    // A refusal about the unit itself has no field on this form: show it as the form's message.
    setMessage(fieldErrors.unitId ?? result.message);
  });

  const prefix = `invite-${unitId}`;
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={ti("formLabel", { unit: unitName })}>
        <Field
          id={`${prefix}-email`}
          type="email"
          inputMode="email"
          autoComplete="off"
          label={ti("email")}
          error={error("email")}
          {...register("email")}
        />
        <Field id={`${prefix}-name`} label={ti("name")} hint={ti("nameHint")} autoComplete="off" error={error("name")} {...register("name")} />
        <FormMessage message={message} />
        <Button type="submit" disabled={formState.isSubmitting} className="w-full sm:w-auto">
          {formState.isSubmitting ? ti("sending") : ti("submit")}
        </Button>
      </form>
      <div aria-live="polite">{issued && <IssuedLink email={issued.email} link={issued.link} />}</div>
    </div>
  );
}
