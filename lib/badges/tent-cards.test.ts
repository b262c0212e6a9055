import { beforeAll, describe, expect, it } from "vitest";
import { demoEvent } from "@/lib/attendance/testing";
import type { Actor } from "@/lib/auth/authorize";
import { readPdf, renderFirstPage } from "@/lib/documents/testing";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import { createOrganizer } from "@/lib/units/testing";
import { seedDemo } from "@/prisma/seed/demo";
import { tentCardsFile } from "./badge-files";
import { getTentCards } from "./queries";

// Tent cards for the head table: one landscape sheet per person, the face printed twice (the upper
// half turned) so it reads from the hall and from the chair.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let eventId: string;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer } = await demoActors(prisma()));
  eventId = (await demoEvent(prisma())).id;
});

const count = (text: string, part: string) => text.split(part).length - 1;

describe("tent cards", () => {
  it("print each of the event's speakers in the order they first speak, name and title twice on one landscape page", async () => {
    const speakers = await prisma().speaker.findMany({ where: { eventId } });
    const found = (await getTentCards(organizer, eventId, { speakers: true, participantIds: [] }))!;
    expect(found.cards).toHaveLength(speakers.length);
    const file = (await tentCardsFile(organizer, eventId, new URLSearchParams()))!;
    const read = await readPdf(file.bytes);
    expect(read.pages).toHaveLength(speakers.length);
    read.pages.forEach((page, i) => {
      const text = page.replace(/\s+/g, " ");
      const card = found.cards[i]!;
      expect(count(text, card.name)).toBe(2);
      for (const line of card.lines) expect(count(text, line)).toBeGreaterThanOrEqual(2);
    });
    // The opening's speakers come before the panel's.
    expect(found.cards.map((c) => c.name)).toContain("Supriyanto");
    const png = renderFirstPage(file.bytes, "tent-cards");
    expect(png.byteLength).toBeGreaterThan(1000);
  });

  it("add chosen participants after the speakers, with jabatan and unit, and can leave the speakers out", async () => {
    const rina = await prisma().registration.findFirstOrThrow({ where: { eventId, name: "Rina Kartikasari" }, include: { unit: true } });
    const only = (await tentCardsFile(organizer, eventId, new URLSearchParams([["speakers", "0"], ["participant", rina.id]])))!;
    const read = await readPdf(only.bytes);
    expect(read.pages).toHaveLength(1);
    expect(count(read.text.replace(/\s+/g, " "), "Rina Kartikasari")).toBe(2);
    expect(read.text.replace(/\s+/g, " ")).toContain(rina.unit!.name);

    const none = await readPdf((await tentCardsFile(organizer, eventId, new URLSearchParams([["speakers", "0"]])))!.bytes);
    expect(none.pages).toHaveLength(1);
    expect(none.text).toContain("Tidak ada narasumber atau peserta");
  });

  it("refuse a participant of another event or a bad choice, and give another organisation's organiser nothing", async () => {
    const other = await prisma().event.create({
      data: { organizationId: (await demoEvent(prisma())).organizationId, slug: "acara-tent-lain", title: "Acara Lain", venueName: "Aula", timeZone: "Asia/Jakarta", startsAt: new Date(), endsAt: new Date(), capacity: 5, registrationOpensAt: new Date(), registrationClosesAt: new Date() },
    });
    const stranger = await prisma().registration.create({ data: { eventId: other.id, name: "Bukan Peserta Sini", ticketToken: "x".repeat(22) } });
    await expect(tentCardsFile(organizer, eventId, new URLSearchParams([["participant", stranger.id]]))).rejects.toMatchObject({ code: "invalid_input", fieldErrors: { participant: { key: "badges.errors.unknownParticipant" } } });
    await expect(tentCardsFile(organizer, eventId, new URLSearchParams([["speakers", "ya"]]))).rejects.toMatchObject({ fieldErrors: { speakers: { key: "badges.errors.badSpeakers" } } });
    expect(await tentCardsFile(await createOrganizer(prisma()), eventId, new URLSearchParams())).toBeNull();
  });
});
