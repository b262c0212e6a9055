import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { deleteRoom } from "./delete-room";
import { deleteTrack } from "./delete-track";
import { saveRoom } from "./save-room";
import { saveTrack } from "./save-track";
import { agendaWrites, demoAgenda, refusalOf } from "./testing";

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

describe("rooms", () => {
  it("adds a room with its order and capacity, refusing a second room of the same name", async () => {
    const { id } = await saveRoom({ actor: organizer, eventId: demo.event.id, input: { name: "Ruang Melati", capacity: "30", sortOrder: "5" } });
    expect(await prisma().room.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Ruang Melati", capacity: 30, sortOrder: 5 });
    const refusal = await refusalOf(saveRoom({ actor: organizer, eventId: demo.event.id, input: { name: "ruang melati", capacity: "", sortOrder: "0" } }));
    expect(refusal.fieldErrors).toEqual({ name: { key: "agenda.errors.roomNameTaken" } });
  });

  it("renaming a room of a published event marks each of its sessions changed", async () => {
    const before = await prisma().agendaSession.findMany({ where: { roomId: demo.tamanPalem.id }, select: { id: true, sequence: true } });
    expect(before.length).toBeGreaterThan(0);
    await saveRoom({ actor: organizer, eventId: demo.event.id, roomId: demo.tamanPalem.id, input: { name: "Ruang Taman Palem (Lt. 2)", capacity: "60", sortOrder: "1" } });
    const after = await prisma().agendaSession.findMany({ where: { roomId: demo.tamanPalem.id }, select: { id: true, sequence: true } });
    expect(after).toEqual(before.map((s) => ({ ...s, sequence: s.sequence + 1 })));
    // A new order alone does not change what participants see of a session.
    await saveRoom({ actor: organizer, eventId: demo.event.id, roomId: demo.tamanPalem.id, input: { name: "Ruang Taman Palem (Lt. 2)", capacity: "60", sortOrder: "3" } });
    expect(await prisma().agendaSession.findMany({ where: { roomId: demo.tamanPalem.id }, select: { id: true, sequence: true } })).toEqual(after);
  });

  it("refuses to delete a room sessions use, deletes an unused one", async () => {
    const refusal = await refusalOf(deleteRoom({ actor: organizer, eventId: demo.event.id, roomId: demo.ballroom.id }));
    expect(refusal.fieldErrors._form?.key).toBe("agenda.errors.roomInUse");
    const { id } = await saveRoom({ actor: organizer, eventId: demo.event.id, input: { name: "Ruang Sementara", capacity: "", sortOrder: "9" } });
    await deleteRoom({ actor: organizer, eventId: demo.event.id, roomId: id });
    expect(await prisma().room.findUnique({ where: { id } })).toBeNull();
    expect(await prisma().auditLog.count({ where: { entityId: id, action: "agenda.room.delete" } })).toBe(1);
  });
});

describe("tracks", () => {
  it("adds a track with a colour, renames it and deletes it", async () => {
    const { id } = await saveTrack({ actor: organizer, eventId: demo.event.id, input: { name: "Kehumasan Digital", color: "#1D4ED8" } });
    expect(await prisma().track.findUniqueOrThrow({ where: { id } })).toMatchObject({ color: "#1d4ed8" });
    await saveTrack({ actor: organizer, eventId: demo.event.id, trackId: id, input: { name: "Humas Digital", color: "" } });
    expect(await prisma().track.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Humas Digital", color: null });
    await deleteTrack({ actor: organizer, eventId: demo.event.id, trackId: id });
    expect(await prisma().track.findUnique({ where: { id } })).toBeNull();
  });

  it("refuses a colour that is not #rrggbb at the field, writing nothing", async () => {
    const before = await agendaWrites(prisma());
    const refusal = await refusalOf(saveTrack({ actor: organizer, eventId: demo.event.id, input: { name: "Merah", color: "red; background:url(x)" } }));
    expect(refusal.fieldErrors).toEqual({ color: { key: "agenda.errors.color" } });
    expect(await agendaWrites(prisma())).toEqual(before);
  });
});

describe("who may manage rooms and tracks", () => {
  it("refuses anonymous visitors, unit coordinators and door staff, writing nothing", async () => {
    const eventId = demo.event.id;
    const { id: trackId } = await saveTrack({ actor: organizer, eventId, input: { name: "Jalur Tetap", color: "" } });
    const before = await agendaWrites(prisma());
    for (const [actor, code] of [[null, "unauthenticated"], [coordinator, "forbidden"], [doorStaff, "forbidden"]] as const) {
      for (const attempt of [
        saveRoom({ actor, eventId, input: { name: "Ruang Liar", capacity: "", sortOrder: "0" } }),
        saveRoom({ actor, eventId, roomId: demo.ballroom.id, input: { name: "Diganti", capacity: "", sortOrder: "0" } }),
        deleteRoom({ actor, eventId, roomId: demo.ballroom.id }),
        saveTrack({ actor, eventId, input: { name: "Jalur Liar", color: "" } }),
        deleteTrack({ actor, eventId, trackId }),
      ]) {
        expect((await refusalOf(attempt)).code).toBe(code);
      }
    }
    expect(await agendaWrites(prisma())).toEqual(before);
  });
});
