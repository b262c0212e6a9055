import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/units/unit-form";
import { requirePagePermission } from "@/lib/auth/session";
import { timeZoneOptions } from "@/lib/time";
import { getUnitForConsole, listRegionalOfficeRollup } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("meta.edit") };
}

export default async function EditUnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const actor = await requirePagePermission("unit:manage", `/console/units/${unitId}/edit`);
  const [t, unit, offices] = await Promise.all([getTranslations("units"), getUnitForConsole(actor, unitId), listRegionalOfficeRollup(actor)]);
  if (!unit) notFound();
  return (
    <>
      <h2 className="text-lg font-semibold">{t("form.editHeading")}</h2>
      <p className="mb-4 text-slate-700">
        {unit.name} · {unit.regionalOffice.name}
      </p>
      <UnitForm
        unitId={unit.id}
        defaultValues={{
          code: unit.code,
          name: unit.name,
          type: unit.type,
          class: unit.class ?? "",
          province: unit.regionalOffice.province,
          city: unit.city ?? "",
          timeZone: unit.timeZone,
        }}
        provinces={offices.map(({ province, timeZone }) => ({ province, timeZone }))}
        timeZones={timeZoneOptions()}
      />
    </>
  );
}
