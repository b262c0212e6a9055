import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { imageTexts } from "@/components/forms/image-texts";
import { ImageUploadForm } from "@/components/forms/image-upload-form";
import { Letterhead } from "@/components/organizations/letterhead";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { requirePagePermission } from "@/lib/auth/session";
import { removeOrganizationLogoAction } from "@/lib/organizations/actions";
import { getOrganizationSettings } from "@/lib/organizations/queries";
import { timeZoneOptions } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organization"))("settings.title") };
}

export default async function OrganizationSettingsPage() {
  const actor = await requirePagePermission("organization:manage", "/console/organization");
  const [t, organization] = await Promise.all([getTranslations("organization"), getOrganizationSettings(actor)]);
  const logoUrl = "/console/organization/logo";
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("settings.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("settings.intro")}</p>
      </div>
      <section aria-labelledby="letterhead-preview" className="space-y-2">
        <h2 id="letterhead-preview" className="text-base font-semibold">
          {t("settings.preview")}
        </h2>
        <Letterhead organization={organization} logoUrl={organization.logoType ? `${logoUrl}?v=${organization.updatedAt.getTime()}` : null} />
        <a href="/console/organization/letterhead.pdf" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline underline-offset-2">
          {t("sample.link")}
        </a>
      </section>
      <OrganizationForm
        defaultValues={{
          name: organization.name,
          shortName: organization.shortName ?? "",
          parentLines: organization.parentLines ?? "",
          address: organization.address ?? "",
          phone: organization.phone ?? "",
          email: organization.email ?? "",
          website: organization.website ?? "",
          timeZone: organization.timeZone,
        }}
        timeZones={timeZoneOptions()}
      />
      <ImageUploadForm
        url={logoUrl}
        field="logo"
        hasImage={organization.logoType !== null}
        texts={imageTexts((key) => t(`logo.${key}`), t("logo.alt", { name: organization.name }))}
        remove={removeOrganizationLogoAction}
      />
    </div>
  );
}
