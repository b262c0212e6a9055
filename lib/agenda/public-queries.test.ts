import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { validateXML } from "xmllint-wasm";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { GET as photoRoute } from "@/app/(public)/e/[slug]/(agenda)/speakers/[speakerId]/photo/route";
import { agendaCalendar, sessionUid } from "./formats/ics";
import { frabSchedule } from "./formats/frab";
import { scheduleXml } from "./formats/xml";
import { revalidatePublicAgenda } from "./public-cache";
import { getPublicSpeakerPhoto, loadPublicAgenda } from "./public-queries";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, unstable_cache: (fn: () => unknown) => fn }));

const database = setupTestDatabase();
const SLUG = "rakor-humas-pemasyarakatan-2024";
let eventId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  eventId = (await database.current.prisma.event.findUniqueOrThrow({ where: { slug: SLUG } })).id;
});

const setStatus = (status: "DRAFT" | "PUBLISHED" | "CLOSED" | "FINISHED" | "ARCHIVED") =>
  database.current.prisma.event.update({ where: { id: eventId }, data: { status } });

describe("the public agenda", () => {
  it("holds the demo programme in time order, its rooms and speakers, without photo bytes", async () => {
    const agenda = (await loadPublicAgenda(SLUG))!;
    expect(agenda.sessions).toHaveLength(33);
    const starts = agenda.sessions.map((s) => Date.parse(s.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(agenda.rooms.map((r) => r.name)).toEqual(["Ballroom", "Ruang Rapat Taman Palem"]);
    expect(agenda.speakers.map((s) => s.name)).toContain("Reynhard Silitonga");
    expect(JSON.stringify(agenda)).not.toContain("\"photo\"");
    expect(agenda.event.timeZone).toBe("Asia/Jakarta");
  });

  it("is absent for a draft or archived event and present once closed or finished", async () => {
    for (const status of ["DRAFT", "ARCHIVED"] as const) {
      await setStatus(status);
      expect(await loadPublicAgenda(SLUG)).toBeNull();
    }
    for (const status of ["CLOSED", "FINISHED"] as const) {
      await setStatus(status);
      expect((await loadPublicAgenda(SLUG))?.sessions).toHaveLength(33);
    }
    await setStatus("PUBLISHED");
  });

  it("publishes a moved session with its new time and a raised SEQUENCE under the same UID", async () => {
    const prisma = database.current.prisma;
    const session = await prisma.agendaSession.findFirstOrThrow({ where: { eventId, kind: "KEYNOTE" } });
    const startsAt = new Date(session.startsAt.getTime() + 30 * 60_000);
    const endsAt = new Date(session.endsAt.getTime() + 30 * 60_000);
    await prisma.agendaSession.update({ where: { id: session.id }, data: { startsAt, endsAt, sequence: 1 } });
    const agenda = (await loadPublicAgenda(SLUG))!;
    expect(agenda.updatedAt >= agenda.sessions.find((s) => s.id === session.id)!.updatedAt).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(agendaCalendar(agenda, { baseUrl: "https://rakor.test", locale: "id" })));
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(33);
    const moved = events.find((e) => e.uid === sessionUid(session.id))!;
    expect(moved.sequence).toBe(1);
    expect(moved.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
  });

  it("writes a schedule.xml of the demo programme that the frab schema accepts", async () => {
    const agenda = (await loadPublicAgenda(SLUG))!;
    const xml = scheduleXml(frabSchedule(agenda, "https://rakor.test", { noRoom: "Area umum", cancelledPrefix: "[DIBATALKAN] ", kind: (k) => k }));
    const xsd = readFileSync(path.join(__dirname, "formats", "frab-schedule.xsd"), "utf8");
    const result = await validateXML({ xml: [{ fileName: "schedule.xml", contents: xml }], schema: [xsd] });
    expect(result.errors).toEqual([]);
    expect(xml.match(/<event /g)).toHaveLength(33);
  });
});

describe("speaker photos", () => {
  it("are served from the database with a validator, and only for a public event", async () => {
    const prisma = database.current.prisma;
    const speaker = await prisma.speaker.findFirstOrThrow({ where: { eventId, name: "Supriyanto" } });
    const params = Promise.resolve({ slug: SLUG, speakerId: speaker.id });
    expect((await photoRoute(new Request("https://rakor.test/p"), { params })).status).toBe(404);

    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await prisma.speaker.update({ where: { id: speaker.id }, data: { photo: bytes, photoType: "image/png" } });
    expect((await loadPublicAgenda(SLUG))!.speakers.find((s) => s.id === speaker.id)?.hasPhoto).toBe(true);
    const response = await photoRoute(new Request("https://rakor.test/p"), { params: Promise.resolve({ slug: SLUG, speakerId: speaker.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toContain("max-age=86400");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
    const etag = response.headers.get("etag")!;
    const again = await photoRoute(new Request("https://rakor.test/p", { headers: { "if-none-match": etag } }), { params: Promise.resolve({ slug: SLUG, speakerId: speaker.id }) });
    expect(again.status).toBe(304);

    await setStatus("DRAFT");
    expect(await getPublicSpeakerPhoto(SLUG, speaker.id)).toBeNull();
    await setStatus("PUBLISHED");
  });
});

describe("revalidatePublicAgenda", () => {
  it("drops the cached agenda of the event at once", () => {
    revalidateTag.mockClear();
    revalidatePublicAgenda(SLUG);
    expect(revalidateTag.mock.calls).toEqual([[`public-agenda:${SLUG}`, { expire: 0 }]]);
  });
});
