"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField } from "@/components/ui/form-controls";
import { inviteUnitsByFilterAction } from "@/lib/quotas/actions";
import { DEFAULT_INVITE_SEATS } from "@/lib/quotas/constants";
import { bulkInviteFormSchema, type BulkInviteFormValues } from "@/lib/quotas/schema";
import { useAnnounce } from "./announcer";
import { OverAllocationConfirm } from "./over-allocation-confirm";

export interface BulkInviteFormProps {
  eventId: string;
  provinces: string[];
  types: { value: string; label: string }[];
}

// "All units of a province and/or type, N seats each".
export function BulkInviteForm({ eventId, provinces, types }: BulkInviteFormProps) {
  const tb = useTranslations("quotas.bulk");
  const announce = useAnnounce();
  const [confirmation, setConfirmation] = useState<{ message: string; values: BulkInviteFormValues } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const invite = (values: BulkInviteFormValues, confirmOverAllocation: boolean) => inviteUnitsByFilterAction({ ...values, eventId, confirmOverAllocation });
  const { form, submit, send, notice, setNotice, fieldError, busy } = useActionForm(bulkInviteFormSchema, (values) => invite(values, false), {
    defaultValues: { province: "", type: "", seats: String(DEFAULT_INVITE_SEATS) },
    onSuccess: (data) => {
      setConfirmation(null);
      const text = tb("done", { created: data.created, updated: data.updated, unchanged: data.unchanged });
      announce(text);
      return text;
    },
    // Passing the capacity is a question for the organizer, not an error: the confirmation asks it.
    onFailure: (failure, values) => {
      if (failure.code !== "over_allocation") return setConfirmation(null);
      setNotice(undefined);
      setConfirmation({ message: failure.message, values });
    },
  });
  const { register, setFocus } = form;
  const pending = busy || confirming;
  const confirm = (values: BulkInviteFormValues) => {
    setConfirming(true);
    void send(values, { run: (v) => invite(v, true) }).finally(() => setConfirming(false));
  };
  const changed = { onChange: () => setConfirmation(null) };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <p className="text-sm text-slate-600">{tb("hint")}</p>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_8rem]">
        <SelectField id="bulk-province" label={tb("province")} error={fieldError("province")} {...register("province", changed)}>
          <option value="">{tb("anyProvince")}</option>
          {provinces.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </SelectField>
        <SelectField id="bulk-type" label={tb("type")} error={fieldError("type")} {...register("type", changed)}>
          <option value="">{tb("anyType")}</option>
          {types.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </SelectField>
        <Field
          id="bulk-seats"
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          label={tb("seats")}
          error={fieldError("seats")}
          defaultValue={DEFAULT_INVITE_SEATS}
          {...register("seats", changed)}
        />
      </div>
      <FormMessage message={notice?.text} tone={notice?.tone} />
      {confirmation && (
        <OverAllocationConfirm
          message={confirmation.message}
          pending={pending}
          onConfirm={() => confirm(confirmation.values)}
          onCancel={() => {
            setConfirmation(null);
            setFocus("seats");
          }}
        />
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? tb("submitting") : tb("submit")}
      </Button>
    </form>
  );
}
