import { scheduleJson } from "@/lib/agenda/formats/json";
import { PUBLIC_FEED_CACHE, feedContext, frabFor, notAvailable } from "@/lib/agenda/public/feed-response";

/** The agenda as frab's schedule.json. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const context = await feedContext((await params).slug);
  if (!context) return notAvailable();
  const json = scheduleJson(await frabFor(context.agenda, context.baseUrl));
  return Response.json(json, { headers: { "Cache-Control": PUBLIC_FEED_CACHE } });
}
