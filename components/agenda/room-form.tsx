"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { roomFormSchema, type RoomFormInput } from "@/lib/agenda/schema";

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
  const tr = useTranslations("agenda.rooms");
  const router = useRouter();
  const { form, submit, send, notice, fieldError, busy } = useActionForm(roomFormSchema, save, {
    defaultValues,
    onSuccess: () => {
      if (!remove) form.reset(defaultValues);
      router.refresh();
      return tr("saved");
    },
  });
  const { register } = form;

  return (
    <form onSubmit={submit} noValidate className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[1fr_8rem_6rem]">
        <Field id={`${idPrefix}-name`} className="col-span-2 sm:col-span-1" label={tr("name")} error={fieldError("name")} {...register("name")} />
        <Field id={`${idPrefix}-capacity`} type="number" min={1} inputMode="numeric" label={tr("capacity")} error={fieldError("capacity")} {...register("capacity")} />
        <Field id={`${idPrefix}-order`} type="number" min={0} inputMode="numeric" label={tr("sortOrder")} error={fieldError("sortOrder")} {...register("sortOrder")} />
      </div>
      {usage && <p className="text-xs text-slate-600">{usage}</p>}
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={remove ? "secondary" : "primary"} disabled={busy}>
          {submitLabel}
        </Button>
        {remove && (
          <Button variant="ghost" disabled={busy} onClick={() => void send(form.getValues(), { run: remove, done: () => { router.refresh(); return tr("deleted"); } })}>
            {tr("delete")}
          </Button>
        )}
      </div>
    </form>
  );
}
