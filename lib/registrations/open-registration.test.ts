import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { refusal } from "@/lib/test/refusal";
import { seedDemo } from "@/prisma/seed/demo";
import { decideRegistration } from "./decide-registration";
import { registerOpenly } from "./register-openly";
import { createOpenEvent, demoActors, person } from "./testing";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
const BASE = "https://rakor.test";

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(database.current.prisma));
});

const openEvent = (slug: string, options: Parameters<typeof createOpenEvent>[2]) => createOpenEvent(database.current.prisma, slug, options);

const registrationsOf = (eventId: string) => database.current.prisma.registration.findMany({ where: { eventId }, orderBy: { createdAt: "asc" } });

describe("open registration on an event's public form", () => {
  it("confirms a registrant at once when the event does not require approval, audited without a user and mailed", async () => {
    const event = await openEvent("seminar-terbuka", { capacity: 5, requiresApproval: false });
    const done = await registerOpenly({ slug: event.slug, input: person(500), baseUrl: BASE });
    expect(done.status).toBe("CONFIRMED");
    const stored = await database.current.prisma.registration.findUniqueOrThrow({ where: { id: done.registrationId } });
    expect(stored).toMatchObject({ unitId: null, createdById: null, phone: "+6281234567890", activeNip: stored.nip });
    expect(await database.current.prisma.auditLog.findFirstOrThrow({ where: { entityId: done.registrationId } })).toMatchObject({
      actorId: null,
      action: "registration.create",
    });
    const mail = await database.current.prisma.outboxEmail.findFirstOrThrow({ where: { toAddress: "peserta500@uji.test" } });
    expect(mail).toMatchObject({ kind: "registration-confirmed", eventId: event.id });
    expect(mail.textBody).toContain(`${BASE}/t/${done.ticketToken}`);
  });

  it("is refused on an event without a public form, a draft, or after the deadline, writing nothing", async () => {
    const closedForm = await openEvent("seminar-tertutup", { capacity: 5, requiresApproval: false, openRegistration: false });
    expect((await refusal(registerOpenly({ slug: closedForm.slug, input: person(510) }))).code).toBe("not_found");
    expect((await refusal(registerOpenly({ slug: "rakor-humas-pemasyarakatan-2024", input: person(510) }))).code).toBe("not_found");
    const late = await openEvent("seminar-lewat", { capacity: 5, requiresApproval: false });
    const after = new Date(late.registrationClosesAt.getTime() + 1000);
    expect((await refusal(registerOpenly({ slug: late.slug, input: person(510), now: after }))).fields).toEqual({ _form: { key: "registrations.errors.closed" } });
    await database.current.prisma.event.update({ where: { id: late.id }, data: { status: "DRAFT" } });
    expect((await refusal(registerOpenly({ slug: late.slug, input: person(510) }))).code).toBe("not_found");
    expect(await database.current.prisma.registration.count({ where: { nip: person(510).nip } })).toBe(0);
  });

  it("applies the same rules as unit registrations: NIP checked, one registration per NIP, capacity then waitlist", async () => {
    const event = await openEvent("seminar-kecil", { capacity: 1, requiresApproval: false });
    expect((await refusal(registerOpenly({ slug: event.slug, input: person(520, { nip: "123" }) }))).fields).toHaveProperty("nip");
    await registerOpenly({ slug: event.slug, input: person(520) });
    expect((await refusal(registerOpenly({ slug: event.slug, input: person(520, { email: "lain@uji.test" }) }))).fields).toEqual({
      nip: { key: "registrations.errors.nipTaken" },
    });
    expect((await refusal(registerOpenly({ slug: event.slug, input: person(521) }))).fields).toEqual({
      _form: { key: "registrations.errors.eventFull", values: { capacity: 1 } },
    });
    expect((await registerOpenly({ slug: event.slug, input: person(521), joinWaitlist: true })).status).toBe("WAITLISTED");
  });
});

describe("organizer approval", () => {
  it("holds the seat as PENDING; approving confirms and mails the ticket; a second decision is refused", async () => {
    const event = await openEvent("seminar-persetujuan", { capacity: 1, requiresApproval: true });
    const waiting = await registerOpenly({ slug: event.slug, input: person(530), baseUrl: BASE });
    expect(waiting.status).toBe("PENDING");
    // The pending registrant holds the only seat.
    expect((await registerOpenly({ slug: event.slug, input: person(531), joinWaitlist: true })).status).toBe("WAITLISTED");

    expect(await decideRegistration({ actor: organizer, registrationId: waiting.registrationId, input: { decision: "approve" }, baseUrl: BASE })).toEqual({
      status: "CONFIRMED",
      promotedId: null,
    });
    const mails = await database.current.prisma.outboxEmail.findMany({ where: { toAddress: "peserta530@uji.test" }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.kind)).toEqual(["registration-pending", "registration-confirmed"]);
    expect(await database.current.prisma.auditLog.count({ where: { entityId: waiting.registrationId, action: "registration.approve", actorId: organizer.userId } })).toBe(1);
    expect((await refusal(decideRegistration({ actor: organizer, registrationId: waiting.registrationId, input: { decision: "approve" } }))).fields).toEqual({
      _form: { key: "registrations.errors.notPending", values: { status: "CONFIRMED" } },
    });
  });

  it("rejecting needs a reason, frees the seat and the NIP, tells the registrant, and moves the waitlist up to PENDING", async () => {
    const event = await openEvent("seminar-tolak", { capacity: 1, requiresApproval: true });
    const first = await registerOpenly({ slug: event.slug, input: person(540), baseUrl: BASE });
    const second = await registerOpenly({ slug: event.slug, input: person(541), joinWaitlist: true, baseUrl: BASE });
    expect((await refusal(decideRegistration({ actor: organizer, registrationId: first.registrationId, input: { decision: "reject", reason: "" } }))).fields).toEqual({
      reason: { key: "registrations.errors.rejectReasonRequired" },
    });
    expect((await database.current.prisma.registration.findUniqueOrThrow({ where: { id: first.registrationId } })).status).toBe("PENDING");

    const decided = await decideRegistration({
      actor: organizer,
      registrationId: first.registrationId,
      input: { decision: "reject", reason: "Bukan pegawai pemasyarakatan" },
      baseUrl: BASE,
    });
    expect(decided).toEqual({ status: "REJECTED", promotedId: second.registrationId });
    const [rejected, promoted] = await registrationsOf(event.id);
    expect(rejected).toMatchObject({ status: "REJECTED", activeNip: null, activeEmail: null, cancelReason: "Bukan pegawai pemasyarakatan" });
    expect(promoted).toMatchObject({ id: second.registrationId, status: "PENDING" });
    const mail = await database.current.prisma.outboxEmail.findFirstOrThrow({ where: { toAddress: "peserta540@uji.test", kind: "registration-rejected" } });
    expect(mail.textBody).toContain("Bukan pegawai pemasyarakatan");
    // The NIP is free again: the same person may register anew (and waits, the seat is held).
    expect((await registerOpenly({ slug: event.slug, input: person(540), joinWaitlist: true })).status).toBe("WAITLISTED");
  });

  it("only organizers decide: a coordinator, door staff and nobody are refused and nothing changes", async () => {
    const event = await openEvent("seminar-wewenang", { capacity: 3, requiresApproval: true });
    const waiting = await registerOpenly({ slug: event.slug, input: person(550) });
    for (const actor of [coordinator, doorStaff, null]) {
      const result = await refusal(decideRegistration({ actor, registrationId: waiting.registrationId, input: { decision: "approve" } }));
      expect(result.code).toBe(actor ? "forbidden" : "unauthenticated");
    }
    expect((await database.current.prisma.registration.findUniqueOrThrow({ where: { id: waiting.registrationId } })).status).toBe("PENDING");
    expect(await database.current.prisma.auditLog.count({ where: { entityId: waiting.registrationId, action: { startsWith: "registration.approve" } } })).toBe(0);
  });
});
