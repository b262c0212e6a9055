"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";

/**
 * A link shown in full with a "Salin tautan" button, for passing an invitation on by WhatsApp.
 * Where the clipboard is unavailable (older phones, plain http) the link is selected instead so
 * the person can copy it by hand; either outcome is announced to screen readers.
 */
export function CopyLink({ link, label }: { link: string; label?: string }) {
  const t = useTranslations("invitations.copy");
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "selected">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setState("copied");
    } catch {
      input.current?.focus();
      input.current?.select();
      setState("selected");
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label ?? t("label")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={inputId}
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          onClick={copy}
          className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md border border-brand-700 bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {state === "copied" ? t("copied") : t("copy")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {state === "copied" ? t("copied") : state === "selected" ? t("selectedInstead") : ""}
      </p>
    </div>
  );
}
