// Ticket links and what a scanner reads. No server imports: the door scanner (a browser page that
// must keep working offline) parses codes with the same rules.

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** 16 random bytes in base64url are 22 characters; anything else is not one of our tickets. */
export function isWellFormedTicketToken(token: string): boolean {
  return TOKEN.test(token);
}

/** The participant's ticket page, e.g. https://rakor.example.go.id/t/<token>. */
export function ticketLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${ticketPath(token)}`;
}

export function ticketPath(token: string): string {
  return `/t/${token}`;
}

export function ticketCalendarPath(token: string): string {
  return `/t/${token}/calendar.ics`;
}

/**
 * The ticket QR holds only the token (22 characters: a small, quickly scanned code). A scanner may
 * also be shown the ticket link itself (pasted, or a QR of the URL): both give the token, or null.
 */
export function tokenFromScan(scanned: string): string | null {
  const text = scanned.trim();
  if (TOKEN.test(text)) return text;
  const inLink = /\/t\/([A-Za-z0-9_-]{22})(?:[/?#]|$)/.exec(text);
  return inLink?.[1] ?? null;
}
