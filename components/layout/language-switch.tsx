import { setLocale } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/locales";

// Plain forms: switching language works without JavaScript, and on a page reload.
export function LanguageSwitch({ current, label }: { current: string; label: string }) {
  return (
    <div role="group" aria-label={label} className="flex overflow-hidden rounded border border-white/30 text-xs">
      {LOCALES.map((locale) => (
        <form key={locale} action={setLocale}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            aria-pressed={locale === current}
            lang={locale}
            className={`px-2 py-1 uppercase ${locale === current ? "bg-white text-brand-800" : "text-white hover:bg-white/10"}`}
          >
            {locale}
          </button>
        </form>
      ))}
    </div>
  );
}
