import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { maskNip, venueLine } from "./display";
import { normaliseTicketCode, ticketCode } from "./ticket-code";
import { ticketEmail } from "./ticket-email";
import { isTicketActive, isTicketValid, ticketState } from "./ticket-state";
import { isWellFormedTicketToken, ticketLink, tokenFromScan } from "./token";

const CODE = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}$/;
const token = () => randomBytes(16).toString("base64url");

describe("the ticket code door staff read aloud", () => {
  it("is eight unambiguous characters in two groups, the same every time for a ticket", () => {
    const t = token();
    expect(ticketCode(t)).toMatch(CODE);
    expect(ticketCode(t)).toBe(ticketCode(t));
  });

  it("differs between the tickets of an event", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => ticketCode(token())));
    expect(codes.size).toBe(2000);
  });

  it("is recognised however it is typed, with O for 0 and I or L for 1", () => {
    expect(normaliseTicketCode("k7m2 qx9d")).toBe("K7M2-QX9D");
    expect(normaliseTicketCode("K7M2-QX9O")).toBe("K7M2-QX90");
    expect(normaliseTicketCode("i7m2ql9d")).toBe("17M2-Q19D");
    expect(normaliseTicketCode("K7M2-QX9")).toBeNull();
    expect(normaliseTicketCode("K7M2-QX9U")).toBeNull();
    const real = ticketCode(token());
    expect(normaliseTicketCode(real.toLowerCase())).toBe(real);
  });
});

describe("what a scanner reads", () => {
  it("takes the bare token, or the token out of a ticket link, and nothing else", () => {
    const t = token();
    expect(tokenFromScan(t)).toBe(t);
    expect(tokenFromScan(` ${t}\n`)).toBe(t);
    expect(tokenFromScan(ticketLink("https://rakor.example.go.id/", t))).toBe(t);
    expect(tokenFromScan(`https://rakor.example.go.id/t/${t}/calendar.ics`)).toBe(t);
    expect(tokenFromScan(`https://rakor.example.go.id/t/${t}x`)).toBeNull();
    expect(tokenFromScan("https://example.com/")).toBeNull();
    expect(tokenFromScan(t.slice(1))).toBeNull();
  });

  it("builds the link without a doubled slash", () => {
    expect(ticketLink("https://rakor.test/", "A".repeat(22))).toBe(`https://rakor.test/t/${"A".repeat(22)}`);
    expect(isWellFormedTicketToken("A".repeat(22))).toBe(true);
    expect(isWellFormedTicketToken("A".repeat(21) + "=")).toBe(false);
  });
});

describe("a ticket's state", () => {
  it("admits only a confirmed participant; pending and waitlisted wait; the rest are not valid", () => {
    const expected = { CONFIRMED: "valid", PENDING: "pending", WAITLISTED: "waitlisted", CANCELLED: "invalid", REPLACED: "invalid", REJECTED: "invalid" };
    for (const status of Object.values(RegistrationStatus)) {
      expect(ticketState(status), status).toBe(expected[status]);
      expect(isTicketValid(status), status).toBe(status === "CONFIRMED");
      expect(isTicketActive(status), status).toBe(["CONFIRMED", "PENDING", "WAITLISTED"].includes(status));
    }
  });
});

describe("showing the person and the place", () => {
  it("hides the middle of a NIP", () => {
    expect(maskNip("197604122000031001")).toBe("1976••••••••••1001");
    expect(maskNip("12345678")).toBe("12••••78");
    expect(maskNip("1234")).toBe("••••");
    expect(maskNip(null)).toBeNull();
  });

  it("writes the venue on one line without repeating the city", () => {
    const venue = { venueRoom: "Ballroom", venueName: "Hotel Hilton Garden Inn", venueAddress: "Jl. Taman Palem, Jakarta Barat", venueCity: "Jakarta Barat" };
    expect(venueLine(venue)).toBe("Ballroom, Hotel Hilton Garden Inn, Jl. Taman Palem, Jakarta Barat");
    expect(venueLine({ ...venue, venueRoom: null, venueAddress: null })).toBe("Hotel Hilton Garden Inn, Jakarta Barat");
  });
});

describe("the registration email", () => {
  const base = {
    name: "Siti Rahmawati",
    attendanceMode: "ON_SITE" as const,
    eventTitle: "Rakor Humas",
    startsAt: new Date("2024-09-24T01:00:00Z"),
    endsAt: new Date("2024-09-27T09:00:00Z"),
    timeZone: "Asia/Makassar",
    venueName: "Hotel Aryaduta",
    venueRoom: null,
    venueAddress: null,
    venueCity: "Makassar",
    link: "https://rakor.test/t/AAAAAAAAAAAAAAAAAAAAAA",
  };

  it("gives the event's own clock with its label, in Bahasa Indonesia then English", () => {
    const mail = ticketEmail({ ...base, status: "CONFIRMED" });
    expect(mail.kind).toBe("registration-confirmed");
    expect(mail.subject).toBe("Tiket Anda · Rakor Humas");
    expect(mail.text).toContain("Yth. Siti Rahmawati,");
    expect(mail.text).toContain("Waktu: 24–27 September 2024, 09.00–17.00 WITA (Asia/Makassar)");
    expect(mail.text).toContain("Tempat: Hotel Aryaduta, Makassar");
    expect(mail.text).toContain("You are registered for Rakor Humas");
    expect(mail.text.indexOf("Yth.")).toBeLessThan(mail.text.indexOf("You are registered"));
  });

  it("tells a waitlisted person plainly that they have no seat yet", () => {
    const mail = ticketEmail({ ...base, status: "WAITLISTED", attendanceMode: "ONLINE" });
    expect(mail.kind).toBe("registration-waitlisted");
    expect(mail.subject).toBe("Daftar tunggu · Rakor Humas");
    expect(mail.text).toContain("daftar tunggu dan belum mendapat kursi");
    expect(mail.text).toContain("You are on the waitlist");
    expect(mail.text).toContain("Kehadiran: daring (online)");
    expect(mail.text).not.toContain("tunjukkan kode QR");
  });
});
