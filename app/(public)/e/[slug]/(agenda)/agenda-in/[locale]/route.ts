import { agendaResponse } from "@/lib/agenda/light/agenda-response";
import { LOCALES } from "@/lib/i18n/locales";

// The public agenda in another language, cached like ../agenda (one copy per language); proxy.ts
// rewrites /e/<slug>/agenda here for a reader whose language cookie is not the default.
export const dynamic = "force-static";
export const revalidate = 300;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; locale: string }> }) {
  const { slug, locale } = await params;
  const known = LOCALES.find((l) => l === locale);
  if (!known) return new Response(null, { status: 404 });
  return agendaResponse(slug, known);
}
