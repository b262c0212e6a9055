import { describe, expect, it } from "vitest";
import { rejectionEmail, ticketEmail } from "./ticket-email";

const mailFor = (name: string) =>
  ticketEmail({
    name,
    status: "CONFIRMED",
    attendanceMode: "ON_SITE",
    eventTitle: "Seminar Terbuka",
    startsAt: new Date("2026-12-10T02:00:00Z"),
    endsAt: new Date("2026-12-10T08:00:00Z"),
    timeZone: "Asia/Jakarta",
    venueName: "Aula",
    venueRoom: null,
    venueAddress: null,
    venueCity: null,
    link: "https://rakor.test/t/abc",
  });

describe("the registrant's name in a ticket mail", () => {
  it("cannot add lines, links or addresses of a stranger's choosing to the mail", () => {
    const attack = "Budi\r\n\r\nHADIAH! Klik https://evil.example/klaim atau www.evil.example, balas ke penipu@evil.example\u202E";
    const { text } = mailFor(attack);
    const greeting = text.split("\n")[0]!;
    expect(greeting).toContain("Budi HADIAH! Klik");
    expect(text).not.toContain("https://evil");
    expect(text).not.toContain("www.evil");
    expect(text).not.toContain("evil.example");
    expect(text).not.toContain("@evil");
    expect(text).not.toContain("\u202E");
    expect(text).not.toMatch(/\r/);
    // The only link in the mail is the ticket's own.
    expect(text.match(/https?:\/\/\S+/g)?.every((link) => link.startsWith("https://rakor.test/t/abc"))).toBe(true);
    expect(rejectionEmail({ name: attack, eventTitle: "Seminar", reason: "Kuota" }).text).not.toContain("https://evil");
  });

  it("keeps an ordinary name with its academic titles as typed", () => {
    const name = "Dr. Ir. H. Ahmad Yani, S.Kom., M.Si., A.Md.Kom";
    expect(mailFor(name).text.split("\n")[0]).toContain(name);
    expect(mailFor("  Siti   Nurhaliza ").text.split("\n")[0]).toContain("Siti Nurhaliza,");
  });
});
