"use client";

import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

interface OverAllocationConfirmProps {
  /** The server's message, with the new total and the capacity. */
  message: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

// An inline confirmation step rather than a modal: it appears where the organizer pressed Save,
// takes the focus, and Escape or Cancel goes back to the form.
export function OverAllocationConfirm({ message, pending, onConfirm, onCancel }: OverAllocationConfirmProps) {
  const t = useTranslations("quotas.confirm");
  const id = useId();
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950"
    >
      <p id={`${id}-title`} className="font-semibold">
        {t("title")}
      </p>
      <p id={`${id}-message`} className="mt-1 text-sm">
        {message}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button ref={confirmButton} type="button" disabled={pending} onClick={onConfirm} className={buttonClass("primary")}>
          {t("proceed")}
        </button>
        <button type="button" disabled={pending} onClick={onCancel} className={buttonClass("secondary")}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
