"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";

interface SessionStatusControlsProps {
  cancelled: boolean;
  setCancelled: (cancelled: boolean) => Promise<ActionResult<void>>;
  remove: () => Promise<ActionResult<void>>;
  agendaHref: string;
  /** Offered right after a cancellation (the announcement form). */
  afterChange?: ReactNode;
}

// Cancelling keeps the session on the agenda, marked; deleting needs a second, explicit press.
export function SessionStatusControls({ cancelled, setCancelled, remove, agendaHref, afterChange }: SessionStatusControlsProps) {
  const t = useTranslations("agenda.status");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [changed, setChanged] = useState(false);

  async function run(action: () => Promise<ActionResult<void>>, done: string, then?: () => void) {
    setPending(true);
    setMessage(undefined);
    try {
      const result = await action();
      if (!result.ok) {
        setMessage({ text: result.message, tone: "error" });
        return;
      }
      setMessage({ text: done, tone: "success" });
      then?.();
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {cancelled && <p className="font-semibold text-red-800">{t("cancelledNotice")}</p>}
      <div className="flex flex-wrap gap-2">
        {cancelled ? (
          <Button variant="secondary" disabled={pending} onClick={() => void run(() => setCancelled(false), t("restoredDone"), () => router.refresh())}>
            {t("restore")}
          </Button>
        ) : (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              void run(() => setCancelled(true), t("cancelledDone"), () => {
                setChanged(true);
                router.refresh();
              })
            }
          >
            {t("cancel")}
          </Button>
        )}
        {!confirmDelete && (
          <Button variant="ghost" disabled={pending} onClick={() => setConfirmDelete(true)}>
            {t("delete")}
          </Button>
        )}
      </div>
      {!cancelled && <p className="text-sm text-slate-600">{t("cancelHint")}</p>}
      {confirmDelete && (
        <div role="alertdialog" aria-label={t("delete")} className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
          <p className="text-sm text-red-900">{t("deleteHint")}</p>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={pending} onClick={() => void run(remove, "", () => router.push(agendaHref))}>
              {t("deleteConfirm")}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setConfirmDelete(false)}>
              {tc("cancel")}
            </Button>
          </div>
        </div>
      )}
      <FormMessage message={message?.text || undefined} tone={message?.tone} />
      {changed && afterChange}
    </section>
  );
}
