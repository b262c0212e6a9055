"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import type { SaveSessionOutcome } from "@/lib/agenda/actions";
import { SESSION_KINDS, sessionFormSchema, type SessionFormInput } from "@/lib/agenda/schema";
import { translateFieldError } from "@/lib/validation/resolver";
import { ConflictWarnings } from "./conflict-warnings";
import { SessionSpeakersFields, type SpeakerOption } from "./session-speakers-fields";

interface SessionFormProps {
  defaultValues: SessionFormInput;
  save: (input: SessionFormInput, confirmWarnings: boolean) => Promise<ActionResult<SaveSessionOutcome>>;
  /** "WIB (Asia/Jakarta)": the clock the times are entered on. */
  zone: { label: string; timeZone: string };
  rooms: { id: string; name: string }[];
  tracks: { id: string; name: string }[];
  speakers: SpeakerOption[];
  submitLabel: string;
  /** Where to go after a new session is saved; an edited session stays, and shows `afterSave`. */
  agendaHref?: string;
  afterSave?: ReactNode;
}

export function SessionForm({ defaultValues, save, zone, rooms, tracks, speakers, submitLabel, agendaHref, afterSave }: SessionFormProps) {
  const t = useTranslations();
  const ta = useTranslations("agenda");
  const router = useRouter();
  const [warnings, setWarnings] = useState<{ list: string[]; values: SessionFormInput } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [savedOnce, setSavedOnce] = useState(false);
  const { form, submit, send, notice, fieldError, busy } = useActionForm(sessionFormSchema, (values) => save(values, false), {
    defaultValues,
    mode: "onBlur",
    onSuccess: (outcome, values) => {
      if (outcome.status === "warnings") return setWarnings({ list: outcome.warnings, values });
      setWarnings(null);
      if (agendaHref) return router.push(`${agendaHref}?day=${values.startsAt.slice(0, 10)}`);
      setSavedOnce(true);
      router.refresh();
      return ta("form.saved");
    },
    onFailure: () => setWarnings(null),
  });
  const { register, formState } = form;
  const pending = busy || confirming;

  async function confirm(values: SessionFormInput) {
    setConfirming(true);
    await send(values, { run: (v) => save(v, true) }).finally(() => setConfirming(false));
  }

  return (
    <>
    <form onSubmit={submit} noValidate className="space-y-5">
      <Field label={ta("form.title")} error={fieldError("title")} {...register("title")} />
      <SelectField label={ta("form.kind")} error={fieldError("kind")} {...register("kind")}>
        {SESSION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {ta(`kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field type="datetime-local" label={ta("form.startsAt")} hint={ta("form.zoneHint", { zone: zone.label, timeZone: zone.timeZone })} error={fieldError("startsAt")} {...register("startsAt")} />
        <Field type="datetime-local" label={ta("form.endsAt")} hint={ta("form.zoneHint", { zone: zone.label, timeZone: zone.timeZone })} error={fieldError("endsAt")} {...register("endsAt")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={ta("form.room")} error={fieldError("roomId")} {...register("roomId")}>
          <option value="">{ta("form.none")}</option>
          {rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={ta("form.track")} error={fieldError("trackId")} {...register("trackId")}>
          <option value="">{ta("form.none")}</option>
          {tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.name}
            </option>
          ))}
        </SelectField>
        <Field type="number" min={1} inputMode="numeric" label={ta("form.capacity")} hint={ta("form.capacityHint")} error={fieldError("capacity")} {...register("capacity")} />
      </div>
      <TextareaField label={ta("form.description")} error={fieldError("description")} {...register("description")} />
      <SessionSpeakersFields form={form} speakers={speakers} error={translateFieldError(t, formState.errors.speakers?.message ? formState.errors.speakers : formState.errors.speakers?.root)} />

      <FormMessage message={notice?.text} tone={notice?.tone} />
      {warnings ? (
        <ConflictWarnings warnings={warnings.list} pending={pending} onConfirm={() => void confirm(warnings.values)} onCancel={() => setWarnings(null)} />
      ) : (
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("common.saving") : submitLabel}
        </Button>
      )}
    </form>
    {savedOnce && afterSave}
    </>
  );
}
