import { agendaResponse } from "@/lib/agenda/light/agenda-response";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

// The public agenda, the page most participants open: rendered without React (no framework script
// on a phone) and served from Next.js's cache for everyone in the default language. Regenerated
// when revalidatePublicAgenda drops the agenda's cache tag, and at the latest every five minutes.
// proxy.ts sends readers of another language to ../agenda-in/<locale>.
export const dynamic = "force-static";
export const revalidate = 300;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return agendaResponse((await params).slug, DEFAULT_LOCALE);
}
