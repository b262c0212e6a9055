import { describe, expect, it } from "vitest";
import { parseInZone } from "@/lib/time";
import { formatDayTab, formatDayTabParts, formatSessionTime, groupByDay, initialDayKey, nowAndNext } from "./schedule";

const at = (local: string, zone = "Asia/Jakarta") => parseInZone(local, zone)!.toISOString();
const session = (id: string, from: string, to: string, cancelled = false) => ({ id, startsAt: at(from), endsAt: at(to), cancelled });

// 23:30 WIB on Tuesday 24 September is 00:30 WITA and 01:30 WIT on Wednesday 25 September.
const late = session("late", "2024-09-24T23:30", "2024-09-25T00:30");
const morning = session("morning", "2024-09-24T08:00", "2024-09-24T09:00");
const nextMorning = session("next", "2024-09-25T08:00", "2024-09-25T09:00");

describe("day tabs across WIB, WITA and WIT", () => {
  it("keeps a 23:30 WIB session on the 24th on the event's own clock", () => {
    const days = groupByDay([nextMorning, late, morning], "Asia/Jakarta");
    expect(days.map((d) => [d.key, d.sessions.map((s) => s.id)])).toEqual([
      ["2024-09-24", ["morning", "late"]],
      ["2024-09-25", ["next"]],
    ]);
  });

  it("moves it to the 25th for a viewer in Makassar (00:30 WITA) or Jayapura (01:30 WIT)", () => {
    for (const zone of ["Asia/Makassar", "Asia/Jayapura"]) {
      const days = groupByDay([nextMorning, late, morning], zone);
      expect(days.map((d) => [d.key, d.sessions.map((s) => s.id)])).toEqual([
        ["2024-09-24", ["morning"]],
        ["2024-09-25", ["late", "next"]],
      ]);
    }
    expect(formatSessionTime(late.startsAt, late.endsAt, "Asia/Makassar", "id")).toBe("00.30–01.30 WITA");
    expect(formatSessionTime(late.startsAt, late.endsAt, "Asia/Jayapura", "en")).toBe("01:30–02:30 WIT");
    expect(formatSessionTime(late.startsAt, late.endsAt, "Asia/Jakarta", "id")).toBe("23.30–00.30 WIB");
  });

  it("labels a tab with the day of the zone's calendar, whatever the process's own zone", () => {
    expect(formatDayTab("2024-09-25", "id")).toBe("Rab, 25 Sep");
    expect(formatDayTab("2024-09-24", "en")).toBe("Tue 24 Sept");
    expect(formatDayTabParts("2024-09-25", "id")).toEqual({ weekday: "Rab", date: "25 Sep" });
  });

  it("opens today's tab during the event, in the zone shown", () => {
    const keys = ["2024-09-24", "2024-09-25"];
    const justAfterMidnightWita = new Date(at("2024-09-25T00:10", "Asia/Makassar"));
    expect(initialDayKey(keys, justAfterMidnightWita, "Asia/Makassar")).toBe("2024-09-25");
    expect(initialDayKey(keys, justAfterMidnightWita, "Asia/Jakarta")).toBe("2024-09-24");
    expect(initialDayKey(keys, new Date("2030-01-01T00:00:00Z"), "Asia/Jakarta")).toBe("2024-09-24");
    expect(initialDayKey(keys, null, "Asia/Jakarta")).toBe("2024-09-24");
  });
});

describe("now and next", () => {
  const sessions = [
    morning,
    session("parallel", "2024-09-24T08:30", "2024-09-24T09:30"),
    session("a", "2024-09-24T10:00", "2024-09-24T11:00"),
    session("b", "2024-09-24T10:00", "2024-09-24T10:30"),
    session("cancelled", "2024-09-24T09:30", "2024-09-24T10:00", true),
  ];

  it("marks what runs now and every session starting next, never a cancelled one", () => {
    const { now, next } = nowAndNext(sessions, new Date(at("2024-09-24T08:45")));
    expect([...now].sort()).toEqual(["morning", "parallel"]);
    expect([...next].sort()).toEqual(["a", "b"]);
  });

  it("treats the end as exclusive and shows nothing once the agenda is over", () => {
    expect([...nowAndNext(sessions, new Date(at("2024-09-24T09:30"))).now]).toEqual([]);
    const after = nowAndNext(sessions, new Date(at("2024-09-24T12:00")));
    expect(after.now.size + after.next.size).toBe(0);
  });
});
