import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { refusal } from "@/lib/test/refusal";
import { seedDemo } from "@/prisma/seed/demo";
import { cancelRegistration } from "./cancel-registration";
import { getUnitRegistrations } from "./queries";
import { registerParticipant } from "./register-participant";
import { replaceParticipant } from "./replace-participant";
import { updateParticipant } from "./update-participant";
import { coordinatorOf, demoActors, person } from "./testing";

const database = setupTestDatabase();
let organizer: Actor;
let karanganyarCoordinator: Actor;
let doorStaff: Actor;
let eventId: string;
let karanganyarId: string;
let otherUnitId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  ({ organizer, coordinator: karanganyarCoordinator, doorStaff } = await demoActors(database.current.prisma));
  eventId = (await database.current.prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
  karanganyarId = (await database.current.prisma.unit.findFirstOrThrow({ where: { code: "JTG-LPKA-KRA" } })).id;
  otherUnitId = (await database.current.prisma.unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } })).id;
  // Room for the several delegates the tests below register for Semarang.
  await database.current.prisma.unitQuota.update({ where: { eventId_unitId: { eventId, unitId: otherUnitId } }, data: { seats: 20 } });
});

const activeAt = (unitId: string) =>
  database.current.prisma.registration.count({ where: { eventId, unitId, status: { in: ["CONFIRMED", "PENDING"] } } });

describe("a unit coordinator registering delegates", () => {
  it("registers within the quota, with a ticket token and normalised WhatsApp number, and audits it", async () => {
    // Karanganyar has 3 seats and 2 delegates from the demo.
    const result = await registerParticipant({ actor: karanganyarCoordinator, eventId, unitId: karanganyarId, input: person(1) });
    expect(result.status).toBe("CONFIRMED");
    expect(result.ticketToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const stored = await database.current.prisma.registration.findUniqueOrThrow({ where: { id: result.registrationId } });
    expect(stored).toMatchObject({ phone: "+6281234567890", activeNip: stored.nip, activeEmail: "peserta1@uji.test" });
    expect(await database.current.prisma.auditLog.count({ where: { entityId: result.registrationId, action: "registration.create" } })).toBe(1);
  });

  it("cannot register past the unit's quota: refused with the numbers, nothing written", async () => {
    const before = await database.current.prisma.registration.count();
    const result = await refusal(registerParticipant({ actor: karanganyarCoordinator, eventId, unitId: karanganyarId, input: person(2) }));
    expect(result.code).toBe("unit_full");
    expect(result.fields).toEqual({ _form: { key: "registrations.errors.unitFull", values: { seats: 3, taken: 3 } } });
    expect(await database.current.prisma.registration.count()).toBe(before);
  });

  it("can join the waitlist when full, and a cancellation promotes the first in line of the same unit", async () => {
    const waiting = await registerParticipant({ actor: karanganyarCoordinator, eventId, unitId: karanganyarId, input: person(3), joinWaitlist: true });
    expect(waiting.status).toBe("WAITLISTED");
    const confirmed = await database.current.prisma.registration.findFirstOrThrow({ where: { eventId, unitId: karanganyarId, status: "CONFIRMED" } });
    const { promotedId } = await cancelRegistration({ actor: karanganyarCoordinator, registrationId: confirmed.id, baseUrl: "https://rakor.test" });
    expect(promotedId).toBe(waiting.registrationId);
    expect(await activeAt(karanganyarId)).toBe(3);
    const mail = await database.current.prisma.outboxEmail.findFirstOrThrow({ where: { toAddress: "peserta3@uji.test" } });
    expect(mail.textBody).toContain(`https://rakor.test/t/${waiting.ticketToken}`);
  });

  it("a waitlisted delegate's record and mail say waitlisted, and a refused one leaves no record or mail behind", async () => {
    const coordinator = await coordinatorOf(database.current.prisma, karanganyarId, "waitlist-mail");
    const mailsBefore = await database.current.prisma.outboxEmail.count();
    const auditsBefore = await database.current.prisma.auditLog.count();
    await refusal(registerParticipant({ actor: coordinator, eventId, unitId: karanganyarId, input: person(40), baseUrl: "https://rakor.test" }));
    expect(await database.current.prisma.outboxEmail.count()).toBe(mailsBefore);
    expect(await database.current.prisma.auditLog.count()).toBe(auditsBefore);

    const waiting = await registerParticipant({ actor: coordinator, eventId, unitId: karanganyarId, input: person(40), joinWaitlist: true, baseUrl: "https://rakor.test" });
    expect(waiting.status).toBe("WAITLISTED");
    const audit = await database.current.prisma.auditLog.findFirstOrThrow({ where: { entityId: waiting.registrationId } });
    expect(audit).toMatchObject({ action: "registration.waitlist", reason: null, after: expect.objectContaining({ status: "WAITLISTED" }) });
    const mail = await database.current.prisma.outboxEmail.findFirstOrThrow({ where: { toAddress: "peserta40@uji.test" } });
    expect(mail.kind).toBe("registration-waitlisted");
    expect(await database.current.prisma.outboxEmail.count()).toBe(mailsBefore + 1);
  });

  it("refuses the same NIP or email twice in one event, at the field, until the first is cancelled", async () => {
    const coordinator = await coordinatorOf(database.current.prisma, otherUnitId, "dup");
    const first = await registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(10) });
    expect(await refusal(registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(10, { email: "lain@uji.test" }) }))).toEqual({
      code: "nip_taken",
      fields: { nip: { key: "registrations.errors.nipTaken" } },
    });
    expect(await refusal(registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(11, { email: "PESERTA10@uji.test" }) }))).toEqual({
      code: "email_taken",
      fields: { email: { key: "registrations.errors.emailTaken" } },
    });
    await cancelRegistration({ actor: coordinator, registrationId: first.registrationId });
    expect((await registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(10) })).status).toBe("CONFIRMED");
  });

  it("refuses a NIP with an impossible date and a number that is not an Indonesian phone, naming the fields", async () => {
    const result = await refusal(
      registerParticipant({ actor: karanganyarCoordinator, eventId, unitId: karanganyarId, input: person(20, { nip: "197602302000031001", phone: "12345" }) }),
    );
    expect(result.fields).toEqual({ nip: { key: "registrations.errors.nip.birthDate" }, phone: { key: "registrations.errors.phone" } });
  });
});

describe("replacing and correcting delegates", () => {
  it("a replacement keeps the seat: the replaced ticket stops being valid and the new person holds it", async () => {
    const coordinator = await coordinatorOf(database.current.prisma, otherUnitId, "replace");
    const original = await registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(60) });
    const seatsBefore = await activeAt(otherUnitId);
    const replacement = await replaceParticipant({ actor: coordinator, registrationId: original.registrationId, input: person(61) });
    expect(await activeAt(otherUnitId)).toBe(seatsBefore);
    const old = await database.current.prisma.registration.findUniqueOrThrow({ where: { ticketToken: original.ticketToken } });
    expect(old).toMatchObject({ status: "REPLACED", activeNip: null });
    const fresh = await database.current.prisma.registration.findUniqueOrThrow({ where: { id: replacement.registrationId } });
    expect(fresh).toMatchObject({ status: "CONFIRMED", replacesId: original.registrationId, name: "Peserta Uji 61" });
    expect(replacement.ticketToken).not.toBe(original.ticketToken);
    expect((await refusal(replaceParticipant({ actor: coordinator, registrationId: original.registrationId, input: person(62) }))).fields).toEqual({
      _form: { key: "registrations.errors.notActive" },
    });
  });

  it("correcting a name keeps the ticket, and a correction to another delegate's NIP is refused", async () => {
    const coordinator = await coordinatorOf(database.current.prisma, otherUnitId, "edit");
    const a = await registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(70) });
    await registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(71) });
    await updateParticipant({ actor: coordinator, registrationId: a.registrationId, input: person(70, { name: "Nama Diperbaiki" }) });
    const stored = await database.current.prisma.registration.findUniqueOrThrow({ where: { id: a.registrationId } });
    expect(stored).toMatchObject({ name: "Nama Diperbaiki", ticketToken: a.ticketToken });
    expect((await refusal(updateParticipant({ actor: coordinator, registrationId: a.registrationId, input: person(71, { email: "x@uji.test" }) }))).fields).toEqual({
      nip: { key: "registrations.errors.nipTaken" },
    });
    const audit = await database.current.prisma.auditLog.findFirstOrThrow({ where: { entityId: a.registrationId, action: "registration.update" } });
    expect(JSON.stringify(audit.after)).not.toContain(a.ticketToken);
  });
});

describe("deadlines", () => {
  it("after the deadline a coordinator is refused; an organizer may register with a logged reason", async () => {
    const event = await database.current.prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    const late = new Date(event.registrationClosesAt.getTime() + 60_000);
    const coordinator = await coordinatorOf(database.current.prisma, otherUnitId, "late");
    expect((await refusal(registerParticipant({ actor: coordinator, eventId, unitId: otherUnitId, input: person(30), now: late }))).fields).toEqual({
      _form: { key: "registrations.errors.closed" },
    });
    expect((await refusal(registerParticipant({ actor: organizer, eventId, unitId: otherUnitId, input: person(30), now: late }))).fields).toEqual({
      overrideReason: { key: "registrations.errors.reasonRequired" },
    });
    const done = await registerParticipant({ actor: organizer, eventId, unitId: otherUnitId, input: person(30), now: late, overrideReason: "Pengganti Kalapas yang dinas luar" });
    const audit = await database.current.prisma.auditLog.findFirstOrThrow({ where: { entityId: done.registrationId } });
    expect(audit.reason).toBe("Pengganti Kalapas yang dinas luar");

    // Inside the rules an organizer's reason is not an override, and the record says none was used.
    const onTime = await registerParticipant({ actor: organizer, eventId, unitId: otherUnitId, input: person(31), overrideReason: "Tidak diperlukan" });
    expect((await database.current.prisma.auditLog.findFirstOrThrow({ where: { entityId: onTime.registrationId } })).reason).toBeNull();
  });
});

describe("authorization", () => {
  it("a coordinator cannot register for, or cancel in, another unit (id tampering), and nothing is written", async () => {
    const semarangPerson = await database.current.prisma.registration.findFirstOrThrow({ where: { eventId, unitId: otherUnitId, status: "CONFIRMED" } });
    const before = await database.current.prisma.registration.count();
    expect((await refusal(registerParticipant({ actor: karanganyarCoordinator, eventId, unitId: otherUnitId, input: person(40) }))).code).toBe("forbidden");
    expect((await refusal(cancelRegistration({ actor: karanganyarCoordinator, registrationId: semarangPerson.id }))).code).toBe("not_found");
    expect(await database.current.prisma.registration.count()).toBe(before);
    expect((await database.current.prisma.registration.findUniqueOrThrow({ where: { id: semarangPerson.id } })).status).toBe("CONFIRMED");
  });

  it("a coordinator reads only their own unit's delegates", async () => {
    const own = await getUnitRegistrations(karanganyarCoordinator, eventId, karanganyarId);
    expect(own?.unit.code).toBe("JTG-LPKA-KRA");
    expect(own?.registrations.every((r) => r.name)).toBe(true);
    expect((await refusal(getUnitRegistrations(karanganyarCoordinator, eventId, otherUnitId))).code).toBe("forbidden");
    expect((await refusal(getUnitRegistrations(null, eventId, karanganyarId))).code).toBe("unauthenticated");
  });

  it("anonymous visitors and door staff cannot register or cancel", async () => {
    const someone = await database.current.prisma.registration.findFirstOrThrow({ where: { eventId, status: "CONFIRMED" } });
    for (const actor of [null, doorStaff]) {
      const code = actor ? "forbidden" : "unauthenticated";
      expect((await refusal(registerParticipant({ actor, eventId, unitId: karanganyarId, input: person(50) }))).code).toBe(code);
      expect((await refusal(cancelRegistration({ actor, registrationId: someone.id }))).code).toBe(code);
    }
  });
});
