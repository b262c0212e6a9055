"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { setSignatureRequirementAction } from "@/lib/attendance/actions";

/** The event setting: participants sign on the door device after check-in. */
export function SignatureToggle({ eventId, required }: { eventId: string; required: boolean }) {
  const t = useTranslations("attendance.live");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          className="h-5 w-5"
          defaultChecked={required}
          disabled={pending}
          onChange={(e) => {
            const next = e.target.checked;
            start(async () => {
              const result = await setSignatureRequirementAction(eventId, next);
              setError(result.ok ? null : result.message);
            });
          }}
        />
        <span>{t("requireSignature")}</span>
      </label>
      <p className="text-sm text-slate-600">{t("requireSignatureHint")}</p>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
