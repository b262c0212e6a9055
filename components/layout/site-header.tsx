import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { can } from "@/lib/auth/authorize";
import { getActor } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [t, actor, locale] = await Promise.all([getTranslations("nav"), getActor(), getLocale()]);
  const linkClass = "rounded px-2 py-1 text-sm font-medium text-white/90 hover:bg-white/10 hover:text-white";
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto text-lg font-bold tracking-tight">
          Rakor
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-1">
          {can(actor, "console:access") && (
            <Link href="/console" className={linkClass}>
              {t("console")}
            </Link>
          )}
          {can(actor, "unit-portal:access") && (
            <Link href="/unit" className={linkClass}>
              {t("unitPortal")}
            </Link>
          )}
          {actor && (
            <Link href="/account" className={linkClass}>
              {t("account")}
            </Link>
          )}
          {actor ? (
            <form action={signOutAction}>
              <button type="submit" className={linkClass} title={t("signedInAs", { name: actor.name })}>
                {t("signOut")}
              </button>
            </form>
          ) : (
            <Link href="/login" className={linkClass}>
              {t("signIn")}
            </Link>
          )}
          <LanguageSwitch current={locale} label={t("language")} />
        </nav>
      </div>
    </header>
  );
}
