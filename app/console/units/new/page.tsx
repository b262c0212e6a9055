import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/units/unit-form";
import { requirePagePermission } from "@/lib/auth/session";
import { timeZoneOptions } from "@/lib/time";
import { listRegionalOfficeRollup } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("meta.new") };
}

export default async function NewUnitPage() {
  const actor = await requirePagePermission("unit:manage", "/console/units/new");
  const [t, offices] = await Promise.all([getTranslations("units"), listRegionalOfficeRollup(actor)]);
  return (
    <>
      <h2 className="mb-4 text-lg font-semibold">{t("form.newHeading")}</h2>
      <UnitForm
        defaultValues={{ code: "", name: "", class: "", province: "", city: "", timeZone: "" }}
        provinces={offices.map(({ province, timeZone }) => ({ province, timeZone }))}
        timeZones={timeZoneOptions()}
      />
    </>
  );
}
