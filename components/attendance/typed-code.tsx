"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The code printed under the QR, typed when a screen will not scan (or pasted: a link works too). */
export function TypedCode({ onSubmit }: { onSubmit: (text: string) => void }) {
  const t = useTranslations("attendance.scanner");
  const [text, setText] = useState("");
  return (
    <form
      className="flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onSubmit(text.trim());
        setText("");
      }}
    >
      <label htmlFor="ticket-code" className="sr-only">
        {t("codeLabel")}
      </label>
      <input
        id="ticket-code"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t("codePlaceholder")}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-3 font-mono text-base uppercase tracking-wider placeholder:font-sans placeholder:normal-case placeholder:tracking-normal"
      />
      <Button type="submit">{t("check")}</Button>
    </form>
  );
}
