import { scheduleXml } from "@/lib/agenda/formats/xml";
import { PUBLIC_FEED_CACHE, feedContext, frabFor, notAvailable } from "@/lib/agenda/public/feed-response";

/** The agenda as frab/pentabarf schedule.xml, for conference apps. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const context = await feedContext((await params).slug);
  if (!context) return notAvailable();
  const xml = scheduleXml(await frabFor(context.agenda, context.baseUrl));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_FEED_CACHE } });
}
