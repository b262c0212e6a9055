import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewOrganizationForm } from "@/components/organizations/new-organization-form";
import { requirePagePermission } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/organizations/queries";
import { timeZoneOptions } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organization"))("list.title") };
}

export default async function OrganizationsPage() {
  const actor = await requirePagePermission("installation:manage", "/console/organizations");
  const [t, organizations] = await Promise.all([getTranslations("organization"), listOrganizations(actor)]);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <div>
          <h1 className="text-2xl font-bold">{t("list.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("list.intro")}</p>
        </div>
        {organizations.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("list.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {organizations.map((organization) => (
              <li key={organization.id} className="space-y-1 px-4 py-3">
                <p className="break-words font-medium">
                  {organization.name} <span className="text-sm font-normal text-slate-600">({organization.code})</span>
                </p>
                <p className="text-sm text-slate-600">
                  {t("list.events", { count: organization.events })} · {t("list.units", { count: organization.units })}
                </p>
                <p className="break-words text-sm text-slate-700">
                  {t("list.organizers")}:{" "}
                  {organization.organizers.length === 0
                    ? t("list.noOrganizer")
                    : organization.organizers.map((o) => `${o.name} <${o.email}>${o.active ? "" : ` (${t("list.inactive")})`}`).join(", ")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-organization" className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-organization" className="text-lg font-semibold">
          {t("create.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("create.intro")}</p>
        <NewOrganizationForm timeZones={timeZoneOptions()} />
      </section>
    </div>
  );
}
