import { agendaCalendar } from "@/lib/agenda/formats/ics";
import { PUBLIC_FEED_CACHE, calendarResponse, feedContext, notAvailable } from "@/lib/agenda/public/feed-response";

/** The whole agenda as iCalendar: subscribe to it and moved or cancelled sessions update. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const context = await feedContext((await params).slug);
  if (!context) return notAvailable();
  const body = agendaCalendar(context.agenda, { baseUrl: context.baseUrl, locale: context.locale });
  return calendarResponse(body, context.agenda.event.slug, PUBLIC_FEED_CACHE);
}
