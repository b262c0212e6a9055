import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ConsoleNav } from "@/components/console/console-nav";
import { requirePagePermission } from "@/lib/auth/session";

export default async function UnitsLayout({ children }: { children: ReactNode }) {
  await requirePagePermission("unit:manage", "/console/units");
  const t = await getTranslations("units");
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <div className="mt-4">
        <ConsoleNav
          label={t("tabs.label")}
          items={[
            { href: "/console/units", label: t("tabs.list"), exact: true },
            { href: "/console/units/provinces", label: t("tabs.provinces") },
            { href: "/console/units/import", label: t("tabs.import") },
          ]}
        />
      </div>
      <div className="mt-6">{children}</div>
    </div>
  );
}
