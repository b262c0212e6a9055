"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { changeEventStatusAction } from "@/lib/events/actions";
import { STATUS_TRANSITIONS, type EventStatusValue } from "@/lib/events/schema";

export function StatusControls({ eventId, status }: { eventId: string; status: EventStatusValue }) {
  const t = useTranslations("events.status");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const next = STATUS_TRANSITIONS[status];
  if (next.length === 0) return <p className="text-sm text-slate-600">{t("final")}</p>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {next.map((target) => (
          <Button
            key={target}
            variant={target === "PUBLISHED" ? "primary" : "secondary"}
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                setMessage(undefined);
                const result = await changeEventStatusAction(eventId, target);
                if (!result.ok) setMessage(result.message);
              })
            }
          >
            {t(`to${target}`)}
          </Button>
        ))}
      </div>
      <FormMessage message={message} />
    </div>
  );
}
