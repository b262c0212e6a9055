import { beforeAll, describe, expect, it } from "vitest";
import { agendaWrites, demoAgenda, refusalOf } from "@/lib/agenda/testing";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { deleteSpeaker } from "./delete-speaker";
import { sniffPhotoType } from "./photo-type";
import { saveSpeaker } from "./save-speaker";
import { setSpeakerPhoto } from "./set-speaker-photo";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let demo: Awaited<ReturnType<typeof demoAgenda>>;
const prisma = () => database.current.prisma;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(database.current.prisma));
  demo = await demoAgenda(database.current.prisma);
});

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = Uint8Array.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBPVP8 ")]);
const speakerForm = (name: string) => ({ name, title: "Kepala Bagian Humas", organization: "Ditjenpas", bio: "" });

describe("photo type by content", () => {
  it("recognises JPEG, PNG and WebP by their first bytes and nothing else", () => {
    expect(sniffPhotoType(PNG)).toBe("image/png");
    expect(sniffPhotoType(JPEG)).toBe("image/jpeg");
    expect(sniffPhotoType(WEBP)).toBe("image/webp");
    expect(sniffPhotoType(Buffer.from("GIF89a..."))).toBeNull();
    expect(sniffPhotoType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffPhotoType(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(sniffPhotoType(new Uint8Array())).toBeNull();
  });
});

describe("speakers", () => {
  it("adds a speaker and stores a PNG photo in the database, audited", async () => {
    const { id } = await saveSpeaker({ actor: organizer, eventId: demo.event.id, input: speakerForm("Dr. Rina Kusuma, M.Si.") });
    await setSpeakerPhoto({ actor: organizer, eventId: demo.event.id, speakerId: id, photo: PNG });
    const row = await prisma().speaker.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "Dr. Rina Kusuma, M.Si.", organization: "Ditjenpas", bio: null, photoType: "image/png" });
    expect(Buffer.from(row.photo!).equals(Buffer.from(PNG))).toBe(true);
    expect(await prisma().auditLog.count({ where: { entityId: id, action: { in: ["speaker.create", "speaker.photo.set"] } } })).toBe(2);
  });

  it("refuses a file that is not an image whatever it claims, and one over 2 MB, keeping the old photo", async () => {
    const { id } = await saveSpeaker({ actor: organizer, eventId: demo.event.id, input: speakerForm("Budi Santoso") });
    await setSpeakerPhoto({ actor: organizer, eventId: demo.event.id, speakerId: id, photo: JPEG });
    const text = await refusalOf(setSpeakerPhoto({ actor: organizer, eventId: demo.event.id, speakerId: id, photo: Buffer.from("%PDF-1.7 not a photo") }));
    expect(text.fieldErrors).toEqual({ photo: { key: "speakers.errors.photoType" } });
    const huge = new Uint8Array(2 * 1024 * 1024 + 1);
    huge.set(PNG);
    const big = await refusalOf(setSpeakerPhoto({ actor: organizer, eventId: demo.event.id, speakerId: id, photo: huge }));
    expect(big.fieldErrors.photo?.key).toBe("speakers.errors.photoTooLarge");
    expect((await prisma().speaker.findUniqueOrThrow({ where: { id } })).photoType).toBe("image/jpeg");
    await setSpeakerPhoto({ actor: organizer, eventId: demo.event.id, speakerId: id, photo: null });
    expect(await prisma().speaker.findUniqueOrThrow({ where: { id } })).toMatchObject({ photo: null, photoType: null });
  });

  it("renaming or deleting a speaker of a published event marks their sessions changed", async () => {
    const link = await prisma().sessionSpeaker.findFirstOrThrow({ where: { session: { eventId: demo.event.id } }, include: { session: true, speaker: true } });
    const sequence = link.session.sequence;
    await saveSpeaker({ actor: organizer, eventId: demo.event.id, speakerId: link.speakerId, input: { ...speakerForm(`${link.speaker.name} (diganti)`) } });
    expect((await prisma().agendaSession.findUniqueOrThrow({ where: { id: link.sessionId } })).sequence).toBe(sequence + 1);
    await deleteSpeaker({ actor: organizer, eventId: demo.event.id, speakerId: link.speakerId });
    expect((await prisma().agendaSession.findUniqueOrThrow({ where: { id: link.sessionId } })).sequence).toBe(sequence + 2);
    expect(await prisma().sessionSpeaker.count({ where: { speakerId: link.speakerId } })).toBe(0);
  });

  it("refuses anonymous visitors, unit coordinators and door staff, writing nothing", async () => {
    const eventId = demo.event.id;
    const speakerId = demo.speakers[0]!.id;
    const before = await agendaWrites(prisma());
    for (const [actor, code] of [[null, "unauthenticated"], [coordinator, "forbidden"], [doorStaff, "forbidden"]] as const) {
      for (const attempt of [
        saveSpeaker({ actor, eventId, input: speakerForm("Penyusup") }),
        saveSpeaker({ actor, eventId, speakerId, input: speakerForm("Diganti") }),
        setSpeakerPhoto({ actor, eventId, speakerId, photo: PNG }),
        deleteSpeaker({ actor, eventId, speakerId }),
      ]) {
        expect((await refusalOf(attempt)).code).toBe(code);
      }
    }
    expect(await agendaWrites(prisma())).toEqual(before);
    expect((await prisma().speaker.findUniqueOrThrow({ where: { id: speakerId } })).photoType).toBeNull();
  });
});
