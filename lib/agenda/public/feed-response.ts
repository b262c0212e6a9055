import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import type { TimeLocale } from "@/lib/time";
import { frabSchedule, type FrabSchedule } from "../formats/frab";
import { getPublicAgenda } from "../public-queries";
import type { PublicAgenda } from "./model";

// Shared by the agenda's feed routes: the same cached data as the pages, served with a short
// public cache so calendar apps and conference apps polling every few minutes see changes soon.

export const PUBLIC_FEED_CACHE = "public, max-age=60, stale-while-revalidate=600";

export async function notAvailable(): Promise<Response> {
  const t = await getTranslations("notFound");
  return new Response(t("heading"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function feedContext(slug: string): Promise<{ agenda: PublicAgenda; baseUrl: string; locale: TimeLocale } | null> {
  const agenda = await getPublicAgenda(slug);
  if (!agenda) return null;
  const [baseUrl, locale] = await Promise.all([publicBaseUrl(), getLocale()]);
  return { agenda, baseUrl, locale: locale as TimeLocale };
}

export async function frabFor(agenda: PublicAgenda, baseUrl: string): Promise<FrabSchedule> {
  const t = await getTranslations("publicAgenda");
  return frabSchedule(agenda, baseUrl, {
    noRoom: t("noRoom"),
    cancelledPrefix: t("frab.cancelledPrefix"),
    kind: (kind) => t(`kind.${kind}`),
  });
}

export function calendarResponse(body: string, filename: string, cacheControl: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^a-z0-9-]/gi, "") || "agenda"}.ics"`,
      "Cache-Control": cacheControl,
    },
  });
}
