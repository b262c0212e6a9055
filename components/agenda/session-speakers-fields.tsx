"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-controls";
import { SPEAKER_ROLES, type SessionFormInput } from "@/lib/agenda/schema";

export interface SpeakerOption {
  id: string;
  name: string;
}

// The people of a session, each with a role, in the order they appear on the agenda.
export function SessionSpeakersFields({ form, speakers, error }: { form: UseFormReturn<SessionFormInput>; speakers: SpeakerOption[]; error?: string }) {
  const t = useTranslations("agenda");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "speakers" });
  const nameOf = (index: number) => speakers.find((s) => s.id === form.watch(`speakers.${index}.speakerId`))?.name ?? String(index + 1);
  return (
    <fieldset className="space-y-3" aria-describedby={error ? "speakers-error" : undefined}>
      <legend className="text-base font-semibold">{t("form.speakers")}</legend>
      {speakers.length === 0 && <p className="text-sm text-slate-600">{t("form.noSpeakers")}</p>}
      {fields.map((field, index) => (
        <div key={field.id} className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
          <SelectField label={t("form.speaker")} {...form.register(`speakers.${index}.speakerId`)}>
            <option value="">{t("form.chooseSpeaker")}</option>
            {speakers.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {speaker.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("form.role")} {...form.register(`speakers.${index}.role`)}>
            {SPEAKER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </SelectField>
          <Button variant="ghost" onClick={() => remove(index)} aria-label={t("form.removeSpeaker", { name: nameOf(index) })} className="mb-6">
            ✕
          </Button>
        </div>
      ))}
      <p id="speakers-error" aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
      {speakers.length > 0 && (
        <Button variant="secondary" onClick={() => append({ speakerId: "", role: "SPEAKER" })}>
          {t("form.addSpeaker")}
        </Button>
      )}
    </fieldset>
  );
}
