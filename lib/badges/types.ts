// What badges and tent cards print, as the queries hand it to the renderers.

/** The band across a badge's foot: participants are Peserta; speakers Narasumber; the committee Panitia. */
export type BadgeRole = "PESERTA" | "NARASUMBER" | "PANITIA";

export interface BadgePerson {
  /** Null for a speaker's or the committee's badge: they hold no ticket. */
  registrationId: string | null;
  name: string;
  position: string | null;
  unitName: string;
  /** The ticket's token: the QR holds exactly this, as the ticket page's QR does (lib/tickets/token.ts tokenFromScan). */
  ticketToken: string | null;
  role: BadgeRole;
}

export interface BadgeEvent {
  id: string;
  title: string;
  shortTitle: string;
  organizationId: string;
}

export interface TentCard {
  name: string;
  /** Title or jabatan, then organisation or unit. */
  lines: string[];
}
