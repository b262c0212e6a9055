"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/run-action";
import type { SaveSessionOutcome } from "@/lib/agenda/actions";
import { SESSION_KINDS, sessionFormSchema, type SessionFormInput } from "@/lib/agenda/schema";
import { keyedZodResolver } from "@/lib/validation/resolver";
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
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [warnings, setWarnings] = useState<{ list: string[]; values: SessionFormInput } | null>(null);
  const [pending, setPending] = useState(false);
  const [savedOnce, setSavedOnce] = useState(false);
  const form = useForm<SessionFormInput>({ resolver: keyedZodResolver(sessionFormSchema), defaultValues, mode: "onBlur" });
  const { register, handleSubmit, setError, formState } = form;
  const error = (name: keyof SessionFormInput) => translateFieldError(t, formState.errors[name]);

  async function send(values: SessionFormInput, confirm: boolean) {
    setPending(true);
    setMessage(undefined);
    try {
      const result = await save(values, confirm);
      if (!result.ok) {
        setWarnings(null);
        for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
          if (field !== "_form") setError(field as keyof SessionFormInput, { type: "server", message: text });
        }
        setMessage({ text: result.message, tone: "error" });
        return;
      }
      if (result.data.status === "warnings") {
        setWarnings({ list: result.data.warnings, values });
        return;
      }
      setWarnings(null);
      if (agendaHref) {
        router.push(`${agendaHref}?day=${values.startsAt.slice(0, 10)}`);
        return;
      }
      setMessage({ text: ta("form.saved"), tone: "success" });
      setSavedOnce(true);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <>
    <form onSubmit={handleSubmit((values) => send(values, false))} noValidate className="space-y-5">
      <Field label={ta("form.title")} error={error("title")} {...register("title")} />
      <SelectField label={ta("form.kind")} error={error("kind")} {...register("kind")}>
        {SESSION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {ta(`kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field type="datetime-local" label={ta("form.startsAt")} hint={ta("form.zoneHint", { zone: zone.label, timeZone: zone.timeZone })} error={error("startsAt")} {...register("startsAt")} />
        <Field type="datetime-local" label={ta("form.endsAt")} hint={ta("form.zoneHint", { zone: zone.label, timeZone: zone.timeZone })} error={error("endsAt")} {...register("endsAt")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={ta("form.room")} error={error("roomId")} {...register("roomId")}>
          <option value="">{ta("form.none")}</option>
          {rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={ta("form.track")} error={error("trackId")} {...register("trackId")}>
          <option value="">{ta("form.none")}</option>
          {tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.name}
            </option>
          ))}
        </SelectField>
        <Field type="number" min={1} inputMode="numeric" label={ta("form.capacity")} hint={ta("form.capacityHint")} error={error("capacity")} {...register("capacity")} />
      </div>
      <TextareaField label={ta("form.description")} error={error("description")} {...register("description")} />
      <SessionSpeakersFields form={form} speakers={speakers} error={translateFieldError(t, formState.errors.speakers?.message ? formState.errors.speakers : formState.errors.speakers?.root)} />

      <FormMessage message={message?.text} tone={message?.tone} />
      {warnings ? (
        <ConflictWarnings warnings={warnings.list} pending={pending} onConfirm={() => void send(warnings.values, true)} onCancel={() => setWarnings(null)} />
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
