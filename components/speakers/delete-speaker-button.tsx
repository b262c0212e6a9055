"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";

// Deleting takes two presses; the second states what else goes (the speaker's place in sessions).
export function DeleteSpeakerButton({ remove, listHref }: { remove: () => Promise<ActionResult<void>>; listHref: string }) {
  const t = useTranslations("speakers.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  if (!asking) {
    return (
      <Button variant="ghost" onClick={() => setAsking(true)}>
        {t("delete")}
      </Button>
    );
  }
  return (
    <div role="alertdialog" aria-label={t("delete")} className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
      <p className="text-sm text-red-900">{t("deleteHint")}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const result = await remove();
            setPending(false);
            if (result.ok) router.push(listHref);
            else setError(result.message);
          }}
        >
          {t("deleteConfirm")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setAsking(false)}>
          {tc("cancel")}
        </Button>
      </div>
      <FormMessage message={error} />
    </div>
  );
}
