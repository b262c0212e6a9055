import { getLocale, getTranslations } from "next-intl/server";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { ticketCalendar } from "@/lib/tickets/calendar";
import { getTicket } from "@/lib/tickets/queries";
import { isTicketActive } from "@/lib/tickets/ticket-state";
import { ticketLink } from "@/lib/tickets/token";
import type { TimeLocale } from "@/lib/time";

// Like the ticket page, the address carries the credential: never cached, never indexed.
const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };

/** The event as an .ics file for a ticket that is still active (valid, pending or waitlisted). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ticket = await getTicket(token);
  if (!ticket || !isTicketActive(ticket.status)) {
    const t = await getTranslations("tickets.calendar");
    return new Response(t("notAvailable"), { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
  }
  const [baseUrl, locale] = await Promise.all([publicBaseUrl(), getLocale()]);
  const body = ticketCalendar({
    ticket,
    token,
    ticketUrl: ticketLink(baseUrl, token),
    agendaUrl: `${baseUrl}/e/${ticket.event.slug}`,
    locale: locale as TimeLocale,
  });
  const filename = ticket.event.slug.replace(/[^a-z0-9-]/gi, "") || "rakor";
  return new Response(body, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}.ics"`,
    },
  });
}
