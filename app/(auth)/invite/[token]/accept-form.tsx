"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { acceptInvitationFormSchema, MIN_PASSWORD_LENGTH, type AcceptInvitationFormInput } from "@/lib/invitations/schema";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";

export function AcceptForm({ token, email, defaultName }: { token: string; email: string; defaultName: string }) {
  const t = useTranslations();
  const ta = useTranslations("invitations.accept");
  const [message, setMessage] = useState<string>();
  const [leaving, setLeaving] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<AcceptInvitationFormInput>({
    resolver: keyedZodResolver(acceptInvitationFormSchema),
    defaultValues: { name: defaultName, password: "", passwordConfirmation: "" },
  });
  const error = (name: keyof AcceptInvitationFormInput) => translateFieldError(t, formState.errors[name]);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    // On success the action signs in and moves to the unit portal; the button stays disabled meanwhile.
    const result = await acceptInvitationAction(token, values);
    if (!result || result.ok) {
      setLeaving(true);
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "name" || field === "password" || field === "passwordConfirmation") setError(field, { type: "server", message: text });
    }
    setMessage(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      {/* Lets password managers store the new password under the right address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label={ta("name")} autoComplete="name" error={error("name")} {...register("name")} />
      <Field
        type="password"
        label={ta("password")}
        hint={ta("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        error={error("password")}
        {...register("password")}
      />
      <Field
        type="password"
        label={ta("passwordConfirmation")}
        autoComplete="new-password"
        error={error("passwordConfirmation")}
        {...register("passwordConfirmation")}
      />
      <FormMessage message={message} />
      <Button type="submit" disabled={formState.isSubmitting || leaving} className="w-full">
        {formState.isSubmitting || leaving ? ta("submitting") : ta("submit")}
      </Button>
    </form>
  );
}
