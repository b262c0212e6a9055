import { beforeAll, describe, expect, it, vi } from "vitest";
import { demoAgenda } from "@/lib/agenda/testing";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { KIB, MIB, streamedBody, streamedPost } from "@/lib/test/streamed-request";
import { seedDemo } from "@/prisma/seed/demo";
import { uploadSpeakerPhoto } from "./photo-route";
import { PHOTO_MAX_BYTES } from "./schema";

// The photo upload route called as Next.js calls it; the test decides who is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let coordinator: Actor;
let eventId: string;
let speakerId: string;

beforeAll(async () => {
  await seedDemo(prisma(), { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, coordinator } = await demoActors(prisma()));
  const demo = await demoAgenda(prisma());
  eventId = demo.event.id;
  speakerId = demo.speakers[0]!.id;
});

const TOO_LARGE = "Foto terlalu besar: paling besar 2 MB.";
const SITE = { host: "rakor.test", origin: "https://rakor.test" };
const url = () => `https://rakor.test/console/events/${eventId}/speakers/${speakerId}/photo`;
const upload = (request: Request) => uploadSpeakerPhoto(request, eventId, speakerId, TOO_LARGE);
const simple = (headers: Record<string, string>, body: BodyInit = new FormData()) => upload(new Request(url(), { method: "POST", headers, body }));

/** A multipart upload whose chunks keep coming (200 MB if read to the end), with no Content-Length. */
function endlessUpload() {
  const body = streamedBody(new Uint8Array(KIB).fill(0x41), 200 * KIB);
  return { body, request: streamedPost(url(), { ...SITE, "content-type": "multipart/form-data; boundary=----rakor" }, body) };
}

const storedPhoto = async () => (await prisma().speaker.findUniqueOrThrow({ where: { id: speakerId }, select: { photo: true, photoType: true } })).photoType;

describe("uploading a speaker's photo", () => {
  it("refuses a post from another site, or one that does not say where it comes from", async () => {
    session.actor = organizer;
    expect((await simple({ host: "rakor.test", origin: "https://evil.example" })).status).toBe(403);
    expect((await simple({ host: "rakor.test" })).status).toBe(403);
  });

  it("an anonymous caller or a unit coordinator is refused before a byte of the upload is read", async () => {
    const before = await storedPhoto();
    for (const actor of [null, coordinator]) {
      session.actor = actor;
      const { body, request } = endlessUpload();
      const answer = (await (await upload(request)).json()) as { ok: boolean; code: string; message: string };
      const code = actor ? "forbidden" : "unauthenticated";
      expect(answer).toEqual({ ok: false, code, message: `errors.${code}` });
      expect(body.pulled).toBe(0);
    }
    expect(await storedPhoto()).toBe(before);
  });

  it("a chunked upload with no Content-Length is cut off with 413 just past the limit, and the photo is unchanged", async () => {
    session.actor = organizer;
    const before = await storedPhoto();
    const { body, request } = endlessUpload();
    const response = await upload(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, code: "invalid_input", message: TOO_LARGE, fieldErrors: { photo: TOO_LARGE } });
    expect(body.pulled * KIB).toBeLessThanOrEqual(PHOTO_MAX_BYTES + 64 * KIB + 2 * KIB);
    expect(body.cancelled).toBe(true);
    expect(await storedPhoto()).toBe(before);
    expect(await prisma().auditLog.count({ where: { entityId: speakerId, action: "speaker.photo.set" } })).toBe(0);
  });

  it("refuses a body declared far past the photo limit unread, with the message for the field", async () => {
    session.actor = organizer;
    const { body } = endlessUpload();
    const response = await upload(streamedPost(url(), { ...SITE, "content-type": "multipart/form-data; boundary=x", "content-length": String(PHOTO_MAX_BYTES + MIB) }, body));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, code: "invalid_input", message: TOO_LARGE, fieldErrors: { photo: TOO_LARGE } });
    expect(body.pulled).toBe(0);
  });

  it("an organizer's PNG within the limit is stored", async () => {
    session.actor = organizer;
    const form = new FormData();
    form.set("photo", new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], { type: "image/png" }), "foto.png");
    expect(await (await simple(SITE, form)).json()).toEqual({ ok: true });
    expect(await storedPhoto()).toBe("image/png");
  });
});
