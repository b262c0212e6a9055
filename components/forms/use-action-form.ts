"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormProps } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ActionFailure, ActionResult } from "@/lib/actions/action-result";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";

export interface FormNotice {
  text: string;
  tone: "error" | "success";
}

interface ActionFormOptions<V extends FieldValues, R> extends Omit<UseFormProps<V>, "resolver" | "defaultValues"> {
  defaultValues: DefaultValues<V>;
  /** After a success: the notice to show (none when omitted) and what else to do. */
  onSuccess?: (data: R, values: V) => string | void | Promise<string | void>;
  /** After a refusal, with its machine-readable code (e.g. offer the waitlist on `unit_full`). */
  onFailure?: (failure: ActionFailure, values: V) => void;
}

/**
 * One react-hook-form form bound to one server action: the schema validates in the browser with
 * the same message keys the server uses, the server's field errors land on their fields, and its
 * form-level refusal becomes the notice. `send` may also be called outside a submit (a second button
 * that sends the same values with another flag).
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: (values: z.input<S>) => Promise<ActionResult<R>>,
  { onSuccess, onFailure, ...options }: ActionFormOptions<z.input<S>, R>,
) {
  type V = z.input<S>;
  const t = useTranslations();
  const [notice, setNotice] = useState<FormNotice>();
  const [failure, setFailure] = useState<ActionFailure>();
  const form = useForm<V>({ ...options, resolver: keyedZodResolver(schema) });

  /** Sends the values (by default to the form's action; `run` for a second button such as "delete"). */
  async function send<D = R>(
    values: V,
    { run, done }: { run?: (values: V) => Promise<ActionResult<D>>; done?: (data: D, values: V) => string | void | Promise<string | void> } = {},
  ): Promise<ActionResult<D>> {
    setNotice(undefined);
    // An action that redirects resolves with nothing while the browser moves to the next page.
    const result: ActionResult<D> = (await (run ?? (action as unknown as (values: V) => Promise<ActionResult<D>>))(values)) ?? {
      ok: true,
      data: undefined as D,
    };
    if (result.ok) {
      setFailure(undefined);
      const text = await (done ?? (onSuccess as unknown as typeof done))?.(result.data, values);
      if (text) setNotice({ text, tone: "success" });
      return result;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<V>, { type: "server", message: text });
    }
    setFailure(result);
    setNotice({ text: result.message, tone: "error" });
    onFailure?.(result, values);
    return result;
  }

  return {
    form,
    submit: form.handleSubmit((values) => send(values).then(() => undefined)),
    send,
    notice,
    setNotice,
    /** The last refusal (cleared by a success), for branching on its `code`. */
    failure,
    /** The translated error of one field, for `<Field error={...}>`. */
    fieldError: (name: Path<V>) => {
      const error = name.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], form.formState.errors);
      return translateFieldError(t, error as { type?: unknown; message?: unknown } | undefined);
    },
    busy: form.formState.isSubmitting,
  };
}
