"use client";

import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

interface ConflictWarningsProps {
  warnings: string[];
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

// Shown where the organizer pressed Save, instead of saving: the clashes, then an explicit
// "save anyway" or a way back to the form. Escape goes back.
export function ConflictWarnings({ warnings, pending, onConfirm, onCancel }: ConflictWarningsProps) {
  const t = useTranslations("agenda.warnings");
  const id = useId();
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-list`}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950"
    >
      <p id={`${id}-title`} className="font-semibold">
        {t("title")}
      </p>
      <div id={`${id}-list`}>
        <p className="mt-1 text-sm">{t("intro")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button ref={confirmButton} type="button" disabled={pending} onClick={onConfirm} className={buttonClass("primary")}>
          {t("confirm")}
        </button>
        <button type="button" disabled={pending} onClick={onCancel} className={buttonClass("secondary")}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
