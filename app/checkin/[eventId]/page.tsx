import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoorScanner } from "@/components/attendance/door-scanner";
import type { Roster } from "@/components/attendance/door-types";
import { getScannerData } from "@/lib/attendance/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attendance.scanner"))("title") };
}

async function scannerDataOrRedirect(actor: Awaited<ReturnType<typeof requirePagePermission>>, eventId: string) {
  try {
    return await getScannerData(actor, eventId);
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") redirect("/forbidden");
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function DoorScannerPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requirePagePermission("checkin:scan", `/checkin/${eventId}`);
  const data = await scannerDataOrRedirect(actor, eventId);
  const t = await getTranslations("attendance.scanner");
  // Dates become strings here exactly as they do in the roster endpoint the device refreshes from.
  const roster = JSON.parse(JSON.stringify(data)) as Roster;
  return (
    <>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("title")}</p>
      <h1 className="text-xl font-bold leading-tight">{data.event.title}</h1>
      <p className="mb-4 text-sm text-slate-600">{data.event.venueName}</p>
      <DoorScanner initial={roster} defaultDevice={actor.name} />
    </>
  );
}
