// The public agenda as plain JSON-safe data (ISO strings, no Dates): it goes through the data cache,
// into the agenda page's script and into the open formats, so one shape serves all three.

export type SessionKindName = "OPENING" | "KEYNOTE" | "PANEL" | "PLENARY" | "BREAK" | "MEAL" | "CEREMONY" | "OTHER";
export type SpeakerRoleName = "SPEAKER" | "MODERATOR" | "MC" | "KEYNOTE";

export interface PublicAgendaEvent {
  id: string;
  slug: string;
  title: string;
  theme: string | null;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  status: "PUBLISHED" | "CLOSED" | "FINISHED";
  /** Room and venue ("Ballroom, Hotel …"): where the event as a whole is. */
  venue: string;
  /** The venue alone, after a session's own room ("Ruang Rapat, Hotel …"). */
  venueName: string;
}

export interface PublicRoom {
  id: string;
  name: string;
  capacity: number | null;
}

export interface PublicTrack {
  id: string;
  name: string;
  color: string | null;
}

export interface PublicSpeaker {
  id: string;
  name: string;
  title: string | null;
  organization: string | null;
  bio: string | null;
  hasPhoto: boolean;
}

export interface PublicSession {
  id: string;
  title: string;
  kind: SessionKindName;
  description: string | null;
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  trackId: string | null;
  capacity: number | null;
  cancelled: boolean;
  /** iCalendar SEQUENCE: above 0 once the session changed after publication. */
  sequence: number;
  updatedAt: string;
  speakers: { speakerId: string; role: SpeakerRoleName }[];
}

export interface PublicAgenda {
  event: PublicAgendaEvent;
  rooms: PublicRoom[];
  tracks: PublicTrack[];
  speakers: PublicSpeaker[];
  /** Sorted by start, then room order. */
  sessions: PublicSession[];
  /** The latest change to any session (or the event's start of publication when none): "last updated". */
  updatedAt: string;
}

/** A session changed after publication: shown as "Diubah" with its update time. */
export function isChanged(session: Pick<PublicSession, "sequence">): boolean {
  return session.sequence > 0;
}
