"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField } from "@/components/ui/form-controls";
import { inviteUnitsByFilterAction } from "@/lib/quotas/actions";
import { DEFAULT_INVITE_SEATS } from "@/lib/quotas/constants";
import type { QuotaChangeResult } from "@/lib/quotas/quota-changes";
import { bulkInviteFormSchema, type BulkInviteFormValues } from "@/lib/quotas/schema";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";
import { useAnnounce } from "./announcer";
import { OverAllocationConfirm } from "./over-allocation-confirm";
import { useOverAllocationConfirm } from "./use-over-allocation-confirm";

export interface BulkInviteFormProps {
  eventId: string;
  provinces: string[];
  types: { value: string; label: string }[];
}

// "All units of a province and/or type, N seats each".
export function BulkInviteForm({ eventId, provinces, types }: BulkInviteFormProps) {
  const t = useTranslations();
  const tb = useTranslations("quotas.bulk");
  const announce = useAnnounce();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const { register, handleSubmit, formState, setError, setFocus } = useForm<BulkInviteFormValues>({
    resolver: keyedZodResolver(bulkInviteFormSchema),
    defaultValues: { province: "", type: "", seats: String(DEFAULT_INVITE_SEATS) },
  });
  const bulk = useOverAllocationConfirm<QuotaChangeResult>((result) => {
    if (result.ok) {
      const text = tb("done", { created: result.data.created, updated: result.data.updated, unchanged: result.data.unchanged });
      setMessage({ text, tone: "success" });
      announce(text);
      return;
    }
    for (const field of ["province", "type", "seats"] as const) {
      const text = result.fieldErrors?.[field];
      if (text) setError(field, { type: "server", message: text });
    }
    setMessage({ text: result.message, tone: "error" });
  });
  const error = (name: keyof BulkInviteFormValues) => translateFieldError(t, formState.errors[name]);
  const onSubmit = handleSubmit((values) => {
    setMessage(undefined);
    return bulk.submit((confirmOverAllocation) => inviteUnitsByFilterAction({ ...values, eventId, confirmOverAllocation }));
  });
  const changed = { onChange: () => bulk.dismiss() };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-600">{tb("hint")}</p>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_8rem]">
        <SelectField id="bulk-province" label={tb("province")} error={error("province")} {...register("province", changed)}>
          <option value="">{tb("anyProvince")}</option>
          {provinces.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </SelectField>
        <SelectField id="bulk-type" label={tb("type")} error={error("type")} {...register("type", changed)}>
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
          error={error("seats")}
          defaultValue={DEFAULT_INVITE_SEATS}
          {...register("seats", changed)}
        />
      </div>
      <FormMessage message={message?.text} tone={message?.tone} />
      {bulk.confirmation && (
        <OverAllocationConfirm
          message={bulk.confirmation}
          pending={bulk.pending}
          onConfirm={() => void bulk.confirm()}
          onCancel={() => {
            bulk.dismiss();
            setFocus("seats");
          }}
        />
      )}
      <Button type="submit" disabled={bulk.pending} className="w-full sm:w-auto">
        {bulk.pending ? tb("submitting") : tb("submit")}
      </Button>
    </form>
  );
}
