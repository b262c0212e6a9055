"use client";

import { useRef, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { markBadgesPrintedAction } from "@/lib/badges/actions";
import { badgeFilterSchema, type BadgeFilter } from "@/lib/badges/schema";

/**
 * "Tandai sudah dicetak", inside the badge form: it marks what the form's fields choose right now
 * (what "Unduh" just printed), and only people unchanged since the page was shown (`asOf`).
 */
export function MarkBadgesPrinted({ eventId, filter, asOf }: { eventId: string; filter: BadgeFilter; asOf: string }) {
  const t = useTranslations("badges.section");
  const button = useRef<HTMLButtonElement>(null);
  const [pending, start] = useTransition();
  const { send, notice } = useActionForm(badgeFilterSchema, (values) => markBadgesPrintedAction(eventId, values, asOf), {
    defaultValues: filter,
    onSuccess: (result) => t("marked", { count: result.count }),
  });
  const chosen = (): BadgeFilter => {
    const form = new FormData(button.current?.form ?? undefined);
    const value = (key: keyof BadgeFilter) => String(form.get(key) ?? filter[key]);
    return { unit: value("unit"), status: value("status") as BadgeFilter["status"], printed: value("printed") as BadgeFilter["printed"] };
  };
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-3">
      <p className="max-w-prose text-sm text-slate-700">{t("markHint")}</p>
      <button ref={button} type="button" className={buttonClass("secondary")} disabled={pending} onClick={() => start(async () => void (await send(chosen())))}>
        {pending ? t("marking") : t("mark")}
      </button>
      <FormMessage message={notice?.text} tone={notice?.tone} />
    </div>
  );
}
