import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ConsoleNav } from "@/components/console/console-nav";
import { can } from "@/lib/auth/authorize";
import { requirePagePermission } from "@/lib/auth/session";

// Pages under /console redirect visitors who may not be here; every read and action below still
// authorizes on its own in the domain layer.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requirePagePermission("console:access", "/console");
  const t = await getTranslations("consoleNav");
  return (
    <div>
      <ConsoleNav
        label={t("label")}
        items={[
          ...(can(actor, "event:manage")
            ? [
                { href: "/console", label: t("events"), exact: true },
                { href: "/console/units", label: t("units") },
                { href: "/console/team", label: t("team") },
                { href: "/console/outbox", label: t("outbox") },
                { href: "/console/organization", label: t("organization") },
              ]
            : []),
          ...(can(actor, "installation:manage")
            ? [
                ...(can(actor, "event:manage") ? [] : [{ href: "/console/outbox", label: t("outbox") }]),
                { href: "/console/organizations", label: t("organizations") },
              ]
            : []),
        ]}
      />
      {/* The console's many forms: all messages. */}
      <NextIntlClientProvider>
        <div className="mt-6">{children}</div>
      </NextIntlClientProvider>
    </div>
  );
}
