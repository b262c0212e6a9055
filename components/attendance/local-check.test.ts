import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ticketCode } from "@/lib/tickets/ticket-code";
import type { PendingScan, Roster } from "./door-types";
import { codeOfScan, localCheck, searchRoster, worthSending } from "./local-check";

// The door's own judgement while offline must agree with the server's rules.

const token = randomBytes(16).toString("base64url");
const person = (id: string, name: string, status: string, code: string) => ({ id, name, nip: `19900101201501100${id.length}`, position: "Pranata Humas", status, unitName: "Lapas Kelas I Semarang", code });
const roster = {
  event: {},
  sessions: [],
  participants: [person("r1", "Agus Salim", "CONFIRMED", ticketCode(token)), person("r2", "Budi Santoso", "CANCELLED", "AAAA-BBBB"), person("r3", "Citra Lestari", "WAITLISTED", "CCCC-DDDD")],
  checkIns: [{ id: "c1", registrationId: "r1", day: "2026-12-20", scope: "", checkedInAt: "2026-12-20T01:12:00.000Z", device: "Pintu 2", byName: "Petugas Pintu 1" }],
} as unknown as Roster;
const scan = (over: Partial<PendingScan>): PendingScan => ({ clientScanId: "s1", day: "2026-12-19", sessionId: null, scannedAt: "2026-12-19T01:00:00.000Z", device: "Pintu 1", ...over });

describe("the door's offline check", () => {
  it("derives the printed code from a scanned token, a ticket link or typed text exactly as the server does", async () => {
    expect(await codeOfScan(token)).toBe(ticketCode(token));
    expect(await codeOfScan(`https://rakor.example/t/${token}`)).toBe(ticketCode(token));
    expect(await codeOfScan(ticketCode(token).toLowerCase().replace("-", " "))).toBe(ticketCode(token));
    expect(await codeOfScan("not a ticket")).toBeNull();
  });

  it("admits a confirmed person, says already for a check-in it knows of, and refuses with the status's reason", async () => {
    expect(localCheck(roster, scan({}), await codeOfScan(token))).toMatchObject({ kind: "checked_in", pending: true, person: { registrationId: "r1", name: "Agus Salim" } });
    expect(localCheck(roster, scan({ day: "2026-12-20" }), ticketCode(token))).toMatchObject({ kind: "already", checkedInAt: "2026-12-20T01:12:00.000Z", device: "Pintu 2" });
    expect(localCheck(roster, scan({ registrationId: "r2" }), null)).toMatchObject({ kind: "refused", reason: "cancelled" });
    expect(localCheck(roster, scan({}), "ZZZZ-ZZZZ")).toMatchObject({ kind: "refused", reason: "unknown_ticket", person: null });
  });

  it("keeps for the server what it might judge otherwise, and not what is refused for good or a repeat", () => {
    expect(worthSending(localCheck(roster, scan({}), ticketCode(token)))).toBe(true);
    expect(worthSending(localCheck(roster, scan({}), "ZZZZ-ZZZZ"))).toBe(true);
    expect(worthSending(localCheck(roster, scan({ registrationId: "r3" }), null))).toBe(true);
    expect(worthSending(localCheck(roster, scan({ registrationId: "r2" }), null))).toBe(false);
    expect(worthSending(localCheck(roster, scan({ day: "2026-12-20" }), ticketCode(token)))).toBe(false);
  });

  it("finds people by name, NIP or unit, every word counting", () => {
    expect(searchRoster(roster.participants, "agus").map((p) => p.id)).toEqual(["r1"]);
    expect(searchRoster(roster.participants, "semarang lestari").map((p) => p.id)).toEqual(["r3"]);
    expect(searchRoster(roster.participants, "1990010120150110").length).toBe(3);
    expect(searchRoster(roster.participants, "  ")).toEqual([]);
  });
});
