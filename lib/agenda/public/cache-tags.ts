// Cache tags of the public agenda's data. Tags are per slug because the cached read is keyed by the
// address the public uses; the editor's operations know the event's id and look the slug up.

export const PUBLIC_AGENDA_TAG = "public-agenda";

export function publicAgendaTag(slug: string): string {
  return `public-agenda:${slug}`;
}
