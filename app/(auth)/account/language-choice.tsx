"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-controls";
import { buttonClass } from "@/components/ui/button";
import { setAccountLanguageAction } from "@/lib/accounts/actions";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** The account's language: kept with the account (its mail) and in this browser's language cookie. */
export function LanguageChoice({ current }: { current: Locale }) {
  const t = useTranslations("accounts.page");
  const tl = useTranslations("accounts.languages");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const choose = (locale: Locale) =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await setAccountLanguageAction(locale);
      if (!result.ok) setMessage(result.message);
      else router.refresh();
    });
  return (
    <div className="mt-3 space-y-3">
      <div role="group" aria-label={t("language")} className="flex flex-wrap gap-2">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={locale === current}
            disabled={pending}
            onClick={() => choose(locale)}
            className={buttonClass(locale === current ? "primary" : "secondary")}
          >
            {tl(locale)}
          </button>
        ))}
      </div>
      <FormMessage message={message} />
    </div>
  );
}
