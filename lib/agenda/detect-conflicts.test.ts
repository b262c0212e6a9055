import { describe, expect, it } from "vitest";
import { detectConflicts, type EventSpan, type ScheduledSession } from "./detect-conflicts";

// Event days 24–27 September 2024 on the Jakarta clock (WIB, UTC+7).
const jakarta: EventSpan = {
  startsAt: new Date("2024-09-24T01:00:00Z"), // 08:00 WIB
  endsAt: new Date("2024-09-27T09:00:00Z"), // 16:00 WIB
  timeZone: "Asia/Jakarta",
};
const wib = (day: number, time: string) => new Date(`2024-09-${day}T${time}:00+07:00`);

const session = (overrides: Partial<ScheduledSession> & { id: string }): ScheduledSession => ({
  title: `Sesi ${overrides.id}`,
  startsAt: wib(24, "09:00"),
  endsAt: wib(24, "10:00"),
  roomId: "ballroom",
  roomName: "Ballroom",
  cancelled: false,
  speakers: [],
  ...overrides,
});

const candidate = (overrides: Partial<Parameters<typeof detectConflicts>[0]> = {}) => ({
  startsAt: wib(24, "09:30"),
  endsAt: wib(24, "10:30"),
  roomId: "ballroom",
  speakerIds: [] as string[],
  ...overrides,
});

describe("detectConflicts", () => {
  it("warns of another session in the same room at an overlapping time", () => {
    const conflicts = detectConflicts(candidate(), [session({ id: "a" })], jakarta);
    expect(conflicts).toEqual([
      { kind: "room_overlap", sessionId: "a", title: "Sesi a", startsAt: wib(24, "09:00"), endsAt: wib(24, "10:00"), roomName: "Ballroom" },
    ]);
  });

  it("sees no overlap when one session ends exactly when the next begins, on either side", () => {
    const before = session({ id: "before", startsAt: wib(24, "08:30"), endsAt: wib(24, "09:30") });
    const after = session({ id: "after", startsAt: wib(24, "10:30"), endsAt: wib(24, "11:00") });
    expect(detectConflicts(candidate(), [before, after], jakarta)).toEqual([]);
  });

  it("warns when one session lies wholly inside another", () => {
    const long = session({ id: "long", startsAt: wib(24, "08:00"), endsAt: wib(24, "12:00") });
    expect(detectConflicts(candidate(), [long], jakarta).map((c) => c.kind)).toEqual(["room_overlap"]);
  });

  it("ignores other rooms, sessions without a room and the session being edited itself", () => {
    const others = [
      session({ id: "other-room", roomId: "taman-palem", roomName: "Taman Palem" }),
      session({ id: "self" }),
    ];
    expect(detectConflicts(candidate({ id: "self" }), others, jakarta)).toEqual([]);
    // Two sessions with no room (breaks in the foyer) are not in the same room.
    expect(detectConflicts(candidate({ roomId: null }), [session({ id: "foyer", roomId: null, roomName: null })], jakarta)).toEqual([]);
  });

  it("lets cancelled sessions conflict with nothing, either way round", () => {
    expect(detectConflicts(candidate(), [session({ id: "gone", cancelled: true })], jakarta)).toEqual([]);
    expect(detectConflicts(candidate({ cancelled: true }), [session({ id: "a" })], jakarta)).toEqual([]);
  });

  it("warns of a speaker due in another room at the same time, naming the speaker", () => {
    const other = session({ id: "panel", roomId: "taman-palem", roomName: "Taman Palem", speakers: [{ id: "sp1", name: "Supriyanto" }, { id: "sp2", name: "Lain" }] });
    const conflicts = detectConflicts(candidate({ speakerIds: ["sp1"] }), [other], jakarta);
    expect(conflicts).toEqual([
      { kind: "speaker_overlap", sessionId: "panel", title: "Sesi panel", startsAt: wib(24, "09:00"), endsAt: wib(24, "10:00"), speakerName: "Supriyanto" },
    ]);
  });

  it("reports both the room and the speaker when the same session clashes on both", () => {
    const other = session({ id: "a", speakers: [{ id: "sp1", name: "Supriyanto" }] });
    expect(detectConflicts(candidate({ speakerIds: ["sp1"] }), [other], jakarta).map((c) => c.kind)).toEqual(["room_overlap", "speaker_overlap"]);
  });

  it("does not count a speaker in back-to-back sessions as being in two places", () => {
    const other = session({ id: "a", roomId: "x", roomName: "X", startsAt: wib(24, "10:30"), endsAt: wib(24, "11:30"), speakers: [{ id: "sp1", name: "S" }] });
    expect(detectConflicts(candidate({ speakerIds: ["sp1"] }), [other], jakarta)).toEqual([]);
  });

  it("warns of a session on a day before or after the event, counted on the event's clock", () => {
    const outside = { kind: "outside_event", eventStartDay: "2024-09-24", eventEndDay: "2024-09-27" };
    expect(detectConflicts(candidate({ startsAt: wib(23, "15:00"), endsAt: wib(23, "16:00") }), [], jakarta)).toEqual([outside]);
    expect(detectConflicts(candidate({ startsAt: wib(28, "08:00"), endsAt: wib(28, "09:00") }), [], jakarta)).toEqual([outside]);
    // Early on the first day and late on the last day are still the event's days.
    expect(detectConflicts(candidate({ startsAt: wib(24, "06:00"), endsAt: wib(24, "07:00") }), [], jakarta)).toEqual([]);
    expect(detectConflicts(candidate({ startsAt: wib(27, "21:00"), endsAt: wib(27, "23:59") }), [], jakarta)).toEqual([]);
  });

  it("treats a session ending at midnight after the last day as inside, one running past midnight as outside", () => {
    expect(detectConflicts(candidate({ startsAt: wib(27, "22:00"), endsAt: wib(28, "00:00") }), [], jakarta)).toEqual([]);
    expect(detectConflicts(candidate({ startsAt: wib(27, "23:00"), endsAt: wib(28, "00:30") }), [], jakarta).map((c) => c.kind)).toEqual(["outside_event"]);
  });

  it("finds an overlap across midnight", () => {
    const night = session({ id: "night", startsAt: wib(25, "23:00"), endsAt: wib(26, "01:00") });
    expect(detectConflicts(candidate({ startsAt: wib(26, "00:30"), endsAt: wib(26, "02:00") }), [night], jakarta).map((c) => c.kind)).toEqual(["room_overlap"]);
  });

  it("counts days on the event's clock (WIT), where UTC or the server's zone would say otherwise", () => {
    // 24–25 September 2024 in Jayapura: 08:00 WIT on the 24th is 23:00 UTC on the 23rd.
    const jayapura: EventSpan = { startsAt: new Date("2024-09-23T23:00:00Z"), endsAt: new Date("2024-09-25T07:00:00Z"), timeZone: "Asia/Jayapura" };
    const at = (from: string, to: string) => candidate({ startsAt: new Date(from), endsAt: new Date(to) });
    // 20:00 WIT on the 23rd: the UTC date (23rd) equals the event's first UTC date, yet it is the day before.
    expect(detectConflicts(at("2024-09-23T11:00:00Z", "2024-09-23T12:00:00Z"), [], jayapura).map((c) => c.kind)).toEqual(["outside_event"]);
    // 07:00 WIT on the 26th is still the 25th in UTC and in New York.
    expect(detectConflicts(at("2024-09-25T22:00:00Z", "2024-09-25T23:00:00Z"), [], jayapura).map((c) => c.kind)).toEqual(["outside_event"]);
    // 06:00 WIT on the 24th is inside, though it is the 23rd in UTC.
    expect(detectConflicts(at("2024-09-23T21:00:00Z", "2024-09-23T22:00:00Z"), [], jayapura)).toEqual([]);
  });
});
