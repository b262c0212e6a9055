// How a ticket shows the person and the place. No server imports.

const MASK = "\u2022";

/**
 * "1976••••••••••1001": enough for door staff to match the person's own card, too little to reuse
 * the number. Anything shorter than the usual 18 digits keeps proportionally less.
 */
export function maskNip(nip: string | null): string | null {
  if (!nip) return null;
  const shown = nip.length >= 12 ? 4 : nip.length >= 6 ? 2 : 0;
  return nip.length <= shown * 2 ? MASK.repeat(nip.length) : `${nip.slice(0, shown)}${MASK.repeat(nip.length - shown * 2)}${nip.slice(nip.length - shown)}`;
}

export interface VenueParts {
  venueName: string;
  venueRoom: string | null;
  venueAddress: string | null;
  venueCity: string | null;
}

/** One line for mail and calendars: "Ballroom, Hotel Hilton Garden Inn, Jl. …, Jakarta Barat". */
export function venueLine(venue: VenueParts): string {
  const city = venue.venueCity && !venue.venueAddress?.includes(venue.venueCity) ? venue.venueCity : null;
  return [venue.venueRoom, venue.venueName, venue.venueAddress, city].filter(Boolean).join(", ");
}
