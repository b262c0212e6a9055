import type { PublicAgenda } from "../public/model";

// A small agenda for format tests: two rooms, a session at 23:30 WIB (00:30 WITA the next day), a
// moved session (sequence 2), a cancelled one, a break outside the rooms, characters XML must escape.
export function sampleAgenda(): PublicAgenda {
  const base = {
    description: null, trackId: null, capacity: null, cancelled: false, sequence: 0,
    updatedAt: "2024-09-01T00:00:00.000Z", speakers: [],
  };
  return {
    event: {
      id: "evt1", slug: "rakor-uji", title: "Rakor Uji & Coba", theme: null, timeZone: "Asia/Jakarta",
      startsAt: "2024-09-24T01:00:00.000Z", endsAt: "2024-09-25T09:00:00.000Z", status: "PUBLISHED", venue: "Ballroom, Hotel Uji", venueName: "Hotel Uji",
    },
    rooms: [{ id: "r1", name: "Ballroom", capacity: 150 }, { id: "r2", name: "Ruang <Kecil>", capacity: 20 }],
    tracks: [{ id: "t1", name: "Humas", color: null }],
    speakers: [
      { id: "sp1", name: "Supriyanto", title: "Sekretaris", organization: "Ditjenpas", bio: null, hasPhoto: false },
      { id: "sp2", name: "Moderator \"Uji\"", title: null, organization: null, bio: null, hasPhoto: false },
    ],
    sessions: [
      { ...base, id: "s1", title: "Pembukaan", kind: "OPENING", startsAt: "2024-09-24T02:00:00.000Z", endsAt: "2024-09-24T02:30:00.000Z", roomId: "r1",
        speakers: [{ speakerId: "sp1", role: "SPEAKER" }, { speakerId: "sp2", role: "MODERATOR" }], description: "Sambutan & arahan <resmi>" },
      { ...base, id: "s2", title: "Rehat Kopi", kind: "BREAK", startsAt: "2024-09-24T03:00:00.000Z", endsAt: "2024-09-24T03:15:00.000Z", roomId: null },
      { ...base, id: "s3", title: "Diskusi Malam", kind: "PANEL", startsAt: "2024-09-24T16:30:00.000Z", endsAt: "2024-09-24T18:00:00.000Z", roomId: "r2",
        trackId: "t1", sequence: 2, updatedAt: "2024-09-20T05:00:00.000Z" },
      { ...base, id: "s4", title: "Sesi Batal", kind: "PLENARY", startsAt: "2024-09-25T02:00:00.000Z", endsAt: "2024-09-25T03:00:00.000Z", roomId: "r1",
        cancelled: true, sequence: 1, updatedAt: "2024-09-21T05:00:00.000Z" },
    ],
    updatedAt: "2024-09-21T05:00:00.000Z",
  };
}
