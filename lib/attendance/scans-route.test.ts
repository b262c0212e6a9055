import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import { KIB, MIB, streamedBody, streamedPost } from "@/lib/test/streamed-request";
import { seedDemo } from "@/prisma/seed/demo";
import { MAX_SYNC_BODY_BYTES } from "./read-scan-batch";
import { demoEvent, otherEventWithStaff, participant, scanId } from "./testing";

// The door scanner's sync endpoint, called as Next.js calls it. Who is asking is decided here.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let doorStaff: Actor;
let otherStaff: Actor;
let coordinator: Actor;
let event: Awaited<ReturnType<typeof demoEvent>>;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ doorStaff, coordinator } = await demoActors(prisma()));
  event = await demoEvent(prisma());
  otherStaff = (await otherEventWithStaff(prisma(), event.organizationId, "body")).staff;
});

const SITE = { host: "rakor.test", origin: "https://rakor.test", "sec-fetch-site": "same-origin" };
const JSON_TYPE = { "content-type": "application/json" };
const url = () => `https://rakor.test/api/checkin/${event.id}/scans`;

async function post(request: Request) {
  const { POST } = await import("@/app/api/checkin/[eventId]/scans/route");
  const response = await POST(request, { params: Promise.resolve({ eventId: event.id }) });
  return { status: response.status, body: (await response.json()) as { error?: string; results?: { ok: boolean; result?: { kind: string } }[] } };
}

/** 200 MB of a JSON array of scans, if anyone read it all. */
const hugeBatch = () => streamedBody(new TextEncoder().encode(`{"clientScanId":"${"a".repeat(40)}","ticket":"${"x".repeat(950)}","day":"2024-01-01"},`), 200 * KIB);

const written = async () => ({ checkIns: await prisma().checkIn.count(), scans: await prisma().checkInScan.count() });

describe("the door scanner's sync endpoint", () => {
  it("an anonymous caller's 200 MB chunked post is answered 401 before a byte is read, and nothing is written", async () => {
    const before = await written();
    session.actor = null;
    const body = hugeBatch();
    expect((await post(streamedPost(url(), { ...SITE, ...JSON_TYPE }, body))).status).toBe(401);
    expect(body.pulled).toBe(0);
    expect(await written()).toEqual(before);
  });

  it("staff of another event and unit coordinators are refused 403 before a byte is read", async () => {
    for (const actor of [otherStaff, coordinator]) {
      session.actor = actor;
      const body = hugeBatch();
      expect(await post(streamedPost(url(), { ...SITE, ...JSON_TYPE }, body))).toEqual({ status: 403, body: { error: "forbidden" } });
      expect(body.pulled).toBe(0);
    }
  });

  it("a post from another site, or one that does not say where it comes from, is refused unread", async () => {
    session.actor = doorStaff;
    for (const headers of <Record<string, string>[]>[
      { host: "rakor.test", origin: "https://evil.example" },
      { host: "rakor.test" },
      { host: "rakor.test", origin: "https://rakor.test", "sec-fetch-site": "cross-site" },
    ]) {
      const body = hugeBatch();
      expect(await post(streamedPost(url(), { ...headers, ...JSON_TYPE }, body))).toEqual({ status: 403, body: { error: "forbidden" } });
      expect(body.pulled).toBe(0);
    }
  });

  it("a body that is not JSON by its content type is refused 415 unread", async () => {
    session.actor = doorStaff;
    for (const type of <Record<string, string>[]>[{}, { "content-type": "text/plain" }, { "content-type": "application/x-www-form-urlencoded" }]) {
      const body = hugeBatch();
      expect(await post(streamedPost(url(), { ...SITE, ...type }, body))).toEqual({ status: 415, body: { error: "unsupported_media_type" } });
      expect(body.pulled).toBe(0);
    }
  });

  it("door staff's 200 MB chunked post is cut off with 413 at the limit, and nothing is written", async () => {
    const before = await written();
    session.actor = doorStaff;
    const body = hugeBatch();
    expect(await post(streamedPost(url(), { ...SITE, "content-type": "application/json; charset=utf-8" }, body))).toEqual({ status: 413, body: { error: "too_large" } });
    // Each chunk is about 1 KB: the stream was cancelled just past the limit.
    expect(body.pulled).toBeLessThanOrEqual(Math.ceil(MAX_SYNC_BODY_BYTES / KIB) + 2);
    expect(body.cancelled).toBe(true);
    expect(await written()).toEqual(before);
  });

  it("a declared length over the limit is refused 413 before a byte is read", async () => {
    session.actor = doorStaff;
    const body = hugeBatch();
    expect((await post(streamedPost(url(), { ...SITE, ...JSON_TYPE, "content-length": String(200 * MIB) }, body))).status).toBe(413);
    expect(body.pulled).toBe(0);
  });

  it("a full batch of 500 scans fits the limit, and a batch from the scanner page is applied", async () => {
    expect(MAX_SYNC_BODY_BYTES).toBeGreaterThanOrEqual(500 * 1300);
    session.actor = doorStaff;
    const person = await participant(prisma(), event.id);
    const scans = [{ clientScanId: scanId(), ticket: person.ticketToken, day: event.days[0], device: "Pintu 1" }];
    const answer = await post(new Request(url(), { method: "POST", headers: { ...SITE, ...JSON_TYPE }, body: JSON.stringify({ scans }) }));
    expect(answer.status).toBe(200);
    expect(answer.body.results?.map((r) => r.ok && r.result?.kind)).toEqual(["checked_in"]);
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
    expect((await post(new Request(url(), { method: "POST", headers: { ...SITE, ...JSON_TYPE }, body: "{not json" }))).status).toBe(400);
  });
});
