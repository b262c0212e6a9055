import { beforeAll, describe, expect, it } from "vitest";
import { agendaWrites, demoAgenda, refusalOf } from "@/lib/agenda/testing";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { createAnnouncement } from "./create-announcement";
import { listPublicAnnouncements } from "./queries";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let demo: Awaited<ReturnType<typeof demoAgenda>>;
const prisma = () => database.current.prisma;
const baseUrl = "https://rakor.example.go.id";

beforeAll(async () => {
  await seedDemo(database.current.prisma, { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(database.current.prisma));
  demo = await demoAgenda(database.current.prisma);
  const people: [string, string | null, "CONFIRMED" | "WAITLISTED" | "CANCELLED"][] = [
    ["Andi", "andi@lapas.go.id", "CONFIRMED"],
    ["Sari", "sari@rutan.go.id", "CONFIRMED"],
    ["Dewi", "Dewi@Bapas.go.id", "CONFIRMED"],
    ["Tanpa Email", null, "CONFIRMED"],
    ["Menunggu", "tunggu@lapas.go.id", "WAITLISTED"],
    ["Batal", "batal@lapas.go.id", "CANCELLED"],
  ];
  await database.current.prisma.registration.createMany({
    data: people.map(([name, email, status], i) => ({ eventId: demo.event.id, name, email, status, ticketToken: `token-uji-${i}-aaaaaaaaaaaa` })),
  });
});

describe("announcing a change", () => {
  it("stores the announcement and queues one mail per confirmed participant with an address, each with their own ticket link", async () => {
    const session = await prisma().agendaSession.findFirstOrThrow({ where: { eventId: demo.event.id, roomId: demo.tamanPalem.id } });
    const confirmed = await prisma().registration.findMany({ where: { eventId: demo.event.id, status: "CONFIRMED", email: { not: null } }, select: { email: true, ticketToken: true } });
    expect(confirmed.length).toBeGreaterThan(0);

    const result = await createAnnouncement({
      actor: organizer,
      eventId: demo.event.id,
      baseUrl,
      input: { body: "Sesi ini pindah ke Ballroom.", sessionId: session.id },
    });
    expect(confirmed).toHaveLength(3);
    expect(result.recipients).toBe(3);
    const mails = await prisma().outboxEmail.findMany({ where: { kind: "agenda-announcement", eventId: demo.event.id } });
    expect(mails).toHaveLength(result.recipients);
    const first = confirmed[0]!;
    const mail = mails.find((m) => m.toAddress === first.email)!;
    expect(mail.subject).toContain(demo.event.title);
    expect(mail.textBody).toContain("Sesi ini pindah ke Ballroom.");
    expect(mail.textBody).toContain(`${baseUrl}/t/${first.ticketToken}`);
    // The session's time is on the event's clock, labelled.
    expect(mail.textBody).toContain("WIB");
    // Nobody waitlisted or cancelled is told.
    expect(mails.map((m) => m.toAddress).sort()).toEqual(["Dewi@Bapas.go.id", "andi@lapas.go.id", "sari@rutan.go.id"]);

    const stored = await prisma().announcement.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({ sessionId: session.id, createdById: organizer.userId, recipients: result.recipients });
  });

  it("lists a public event's announcements newest first, with their session, and nothing for a draft", async () => {
    await createAnnouncement({ actor: organizer, eventId: demo.event.id, baseUrl, input: { body: "Pengumuman kedua.", sessionId: "" } });
    const list = await listPublicAnnouncements(demo.event.id);
    expect(list.map((a) => a.body).slice(0, 2)).toEqual(["Pengumuman kedua.", "Sesi ini pindah ke Ballroom."]);
    expect(list[1]!.session?.id).toBeTruthy();
    expect(list[0]).not.toHaveProperty("recipients");
    await prisma().event.update({ where: { id: demo.event.id }, data: { status: "DRAFT" } });
    try {
      expect(await listPublicAnnouncements(demo.event.id)).toEqual([]);
      const before = await agendaWrites(prisma());
      const refusal = await refusalOf(createAnnouncement({ actor: organizer, eventId: demo.event.id, baseUrl, input: { body: "Terlalu awal.", sessionId: "" } }));
      expect(refusal.fieldErrors._form?.key).toBe("announcements.errors.notPublished");
      expect(await agendaWrites(prisma())).toEqual(before);
    } finally {
      await prisma().event.update({ where: { id: demo.event.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("refuses an empty text and a session of another event at the field, writing nothing", async () => {
    const before = await agendaWrites(prisma());
    expect((await refusalOf(createAnnouncement({ actor: organizer, eventId: demo.event.id, baseUrl, input: { body: " ", sessionId: "" } }))).fieldErrors).toEqual({
      body: { key: "announcements.errors.bodyRequired" },
    });
    expect((await refusalOf(createAnnouncement({ actor: organizer, eventId: demo.event.id, baseUrl, input: { body: "x", sessionId: "lain" } }))).fieldErrors).toEqual({
      sessionId: { key: "announcements.errors.unknownSession" },
    });
    expect(await agendaWrites(prisma())).toEqual(before);
  });

  it("refuses anonymous visitors, unit coordinators and door staff, writing and sending nothing", async () => {
    const before = await agendaWrites(prisma());
    for (const [actor, code] of [[null, "unauthenticated"], [coordinator, "forbidden"], [doorStaff, "forbidden"]] as const) {
      expect((await refusalOf(createAnnouncement({ actor, eventId: demo.event.id, baseUrl, input: { body: "Palsu", sessionId: "" } }))).code).toBe(code);
    }
    expect(await agendaWrites(prisma())).toEqual(before);
  });
});
