import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { KIB, streamedBody, streamedPost } from "@/lib/test/streamed-request";
import { createOrganizer } from "@/lib/units/testing";
import { seedDemo } from "@/prisma/seed/demo";

// The logo route (app/console/organization/logo) called as Next.js calls it; the test decides who is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let doorStaff: Actor;
let other: Actor;

beforeAll(async () => {
  await seedDemo(prisma(), { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, doorStaff } = await demoActors(prisma()));
  other = await createOrganizer(prisma());
});

const URL_ = "https://rakor.test/console/organization/logo";
const SITE = { host: "rakor.test", origin: "https://rakor.test" };
let PNG: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  PNG = new Uint8Array(await sharp({ create: { width: 48, height: 48, channels: 3, background: "#d4a72c" } }).png().toBuffer());
});
const route = () => import("@/app/console/organization/logo/route");
const logoForm = (bytes: Uint8Array<ArrayBuffer>) => {
  const form = new FormData();
  form.set("logo", new Blob([bytes], { type: "image/png" }), "logo.png");
  return form;
};
const logos = () => prisma().organization.findMany({ orderBy: { id: "asc" }, select: { id: true, logoType: true } });

describe("an organisation's logo over HTTP", () => {
  it("an organiser uploads their organisation's logo and reads it back as an image that never runs as a document", async () => {
    session.actor = organizer;
    const { POST, GET } = await route();
    const saved = await POST(new Request(URL_, { method: "POST", headers: SITE, body: logoForm(PNG) }));
    expect(await saved.json()).toEqual({ ok: true });
    const read = await GET();
    expect(read.headers.get("content-type")).toBe("image/png");
    expect(read.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await read.arrayBuffer())).toEqual(PNG);
    // Another organisation has no logo of its own and cannot read this one.
    session.actor = other;
    expect((await GET()).status).toBe(404);
  });

  it("door staff, a stranger and another site are refused, before a byte of the upload is read; nothing changes", async () => {
    const { POST } = await route();
    const before = await logos();
    session.actor = organizer;
    expect((await POST(new Request(URL_, { method: "POST", headers: { host: "rakor.test", origin: "https://evil.example" }, body: logoForm(PNG) }))).status).toBe(403);
    for (const actor of [null, doorStaff]) {
      session.actor = actor;
      const body = streamedBody(new Uint8Array(KIB).fill(0x41), 200 * KIB);
      const answer = await (await POST(streamedPost(URL_, { ...SITE, "content-type": "multipart/form-data; boundary=----rakor" }, body))).json();
      expect(answer).toMatchObject({ ok: false, code: actor ? "forbidden" : "unauthenticated" });
      expect(body.pulled).toBe(0);
    }
    expect(await logos()).toEqual(before);
  });

  it("an upload past 1 MB is cut off with 413 and the message for the field; the logo is unchanged", async () => {
    session.actor = organizer;
    const { POST } = await route();
    const before = await logos();
    const body = streamedBody(new Uint8Array(KIB).fill(0x41), 200 * KIB);
    const response = await POST(streamedPost(URL_, { ...SITE, "content-type": "multipart/form-data; boundary=----rakor" }, body));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, fieldErrors: { logo: "logoTooLarge" } });
    expect(body.pulled).toBeLessThanOrEqual(1024 + 64 + 1);
    expect(await logos()).toEqual(before);
  });
});
