"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/run-action";
import { roomFormSchema, type RoomFormInput } from "@/lib/agenda/schema";
import { keyedZodResolver } from "@/lib/validation/resolver";
import { translateFieldError } from "@/lib/validation/resolver";

interface RoomFormProps {
  /** Unique per row, for the field ids. */
  idPrefix: string;
  defaultValues: RoomFormInput;
  save: (input: RoomFormInput) => Promise<ActionResult<void>>;
  remove?: () => Promise<ActionResult<void>>;
  submitLabel: string;
  usage?: string;
}

// One room: add it, or rename it, change its capacity and place in the order, or delete it.
export function RoomForm({ idPrefix, defaultValues, save, remove, submitLabel, usage }: RoomFormProps) {
  const t = useTranslations();
  const tr = useTranslations("agenda.rooms");
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<RoomFormInput>({ resolver: keyedZodResolver(roomFormSchema), defaultValues });
  const error = (name: keyof RoomFormInput) => translateFieldError(t, formState.errors[name]);

  async function finish(result: ActionResult<void>, done: string) {
    if (result.ok) {
      setMessage({ text: done, tone: "success" });
      if (!remove) reset(defaultValues);
      router.refresh();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field !== "_form") setError(field as keyof RoomFormInput, { type: "server", message: text });
    }
    setMessage({ text: result.message, tone: "error" });
  }

  return (
    <form onSubmit={handleSubmit(async (values) => finish(await save(values), tr("saved")))} noValidate className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[1fr_8rem_6rem]">
        <Field id={`${idPrefix}-name`} className="col-span-2 sm:col-span-1" label={tr("name")} error={error("name")} {...register("name")} />
        <Field id={`${idPrefix}-capacity`} type="number" min={1} inputMode="numeric" label={tr("capacity")} error={error("capacity")} {...register("capacity")} />
        <Field id={`${idPrefix}-order`} type="number" min={0} inputMode="numeric" label={tr("sortOrder")} error={error("sortOrder")} {...register("sortOrder")} />
      </div>
      {usage && <p className="text-xs text-slate-600">{usage}</p>}
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={remove ? "secondary" : "primary"} disabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
        {remove && (
          <Button variant="ghost" disabled={formState.isSubmitting} onClick={async () => finish(await remove(), tr("deleted"))}>
            {tr("delete")}
          </Button>
        )}
      </div>
    </form>
  );
}
