/** One session as the agenda's client island needs it: labels resolved on the server. */
export interface AgendaItem {
  id: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  speakers: string;
  cancelled: boolean;
  /** The update time of a session changed after publication, else null. */
  changedAt: string | null;
  href: string;
}
