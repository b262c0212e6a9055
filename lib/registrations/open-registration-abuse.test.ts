import { solveChallenge } from "altcha-lib/v1";
import { beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { setupTestDatabase } from "@/lib/test/database";
import { refusal } from "@/lib/test/refusal";
import { seedDemo } from "@/prisma/seed/demo";
import { openRegistrationChallenge } from "./open-registration-challenge";
import type { ParticipantInput } from "./schema";
import { submitOpenRegistration } from "./submit-open-registration";
import { createOpenEvent, person } from "./testing";

const database = setupTestDatabase();
const BASE = "https://rakor.test";
const CHECK_MAIL = { outcome: "check_mail" };
let addresses = 0;
const freshIp = () => `10.30.${Math.floor(++addresses / 250)}.${addresses % 250}`;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
});

/** What the form's browser code does: fetch a challenge with the page, find its number, send the payload. */
async function solved(): Promise<string> {
  const c = await openRegistrationChallenge();
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error("challenge not solved");
  return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution.number, salt: c.salt, signature: c.signature })).toString("base64");
}

const submit = async (slug: string, input: ParticipantInput, extra: { ip?: string; challenge?: string; website?: string; joinWaitlist?: boolean } = {}) =>
  submitOpenRegistration({
    slug,
    input,
    baseUrl: BASE,
    joinWaitlist: extra.joinWaitlist,
    ip: extra.ip ?? freshIp(),
    proof: { challenge: extra.challenge ?? (await solved()), website: extra.website ?? "" },
  });

const mailsTo = (address: string) => database.current.prisma.outboxEmail.findMany({ where: { toAddress: address }, orderBy: { createdAt: "asc" } });
const registrationsOf = (eventId: string) => database.current.prisma.registration.count({ where: { eventId } });

describe("the public registration form against abuse", () => {
  it("an anonymous caller cannot register without a solved challenge; nothing is written or mailed", async () => {
    const event = await createOpenEvent(database.current.prisma, "bukti-kerja", { capacity: 10, requiresApproval: false });
    const c = await openRegistrationChallenge();
    const wrong = Buffer.from(JSON.stringify({ ...c, number: -1 })).toString("base64");
    for (const challenge of ["", "bukan-base64", wrong]) {
      expect((await refusal(submit(event.slug, person(800), { challenge }))).fields).toEqual({ _form: { key: "openRegistration.errors.challenge" } });
    }
    expect(await registrationsOf(event.id)).toBe(0);
    expect(await mailsTo("peserta800@uji.test")).toEqual([]);
  });

  it("a solved challenge registers one person: replayed, it is refused and no second mail goes out", async () => {
    const event = await createOpenEvent(database.current.prisma, "sekali-pakai", { capacity: 10, requiresApproval: false });
    const challenge = await solved();
    expect(await submit(event.slug, person(810), { challenge })).toEqual(CHECK_MAIL);
    expect((await refusal(submit(event.slug, person(811), { challenge }))).fields).toEqual({ _form: { key: "openRegistration.errors.challenge" } });
    expect(await registrationsOf(event.id)).toBe(1);
    expect(await mailsTo("peserta811@uji.test")).toEqual([]);
  });

  it("a robot that fills the hidden field is told to check its mail, and nothing is registered or mailed", async () => {
    const event = await createOpenEvent(database.current.prisma, "madu", { capacity: 10, requiresApproval: false });
    expect(await submit(event.slug, person(820), { website: "http://spam.example" })).toEqual(CHECK_MAIL);
    expect(await registrationsOf(event.id)).toBe(0);
    expect(await mailsTo("peserta820@uji.test")).toEqual([]);
  });

  it(`one address cannot register more than ${RATE_LIMIT_POLICIES["open-registration:ip"].limit} people an hour; another address still can`, async () => {
    const event = await createOpenEvent(database.current.prisma, "satu-alamat", { capacity: 100, requiresApproval: false });
    const limit = RATE_LIMIT_POLICIES["open-registration:ip"].limit;
    for (let i = 0; i < limit; i++) expect(await submit(event.slug, person(830 + i), { ip: "203.0.113.30" })).toEqual(CHECK_MAIL);
    expect(await refusal(submit(event.slug, person(860), { ip: "203.0.113.30" }))).toMatchObject({ code: "rate_limited" });
    expect(await mailsTo("peserta860@uji.test")).toEqual([]);
    expect(await submit(event.slug, person(861), { ip: "198.51.100.30" })).toEqual(CHECK_MAIL);
    expect(await registrationsOf(event.id)).toBe(limit + 1);
  });

  it("an event takes a bounded number of public registrations in a window, from any number of addresses", async () => {
    const event = await createOpenEvent(database.current.prisma, "satu-acara", { capacity: 500, requiresApproval: false });
    const policy = RATE_LIMIT_POLICIES["open-registration:event"];
    // As if the limit had been reached from many addresses.
    for (let i = 0; i < policy.limit; i++) await consumeRateLimits([{ policy: "open-registration:event", key: event.slug }]);
    expect(await refusal(submit(event.slug, person(870)))).toMatchObject({ code: "rate_limited" });
    expect(await registrationsOf(event.id)).toBe(0);
  });

  it("the answer does not reveal whether a NIP or email is registered: the registrant already there gets their own ticket again instead", async () => {
    const event = await createOpenEvent(database.current.prisma, "tanpa-bocor", { capacity: 10, requiresApproval: false });
    const fresh = await submit(event.slug, person(880));
    const sameNip = await submit(event.slug, person(880, { email: "penyelidik@evil.test", name: "Penyelidik" }));
    const sameEmail = await submit(event.slug, person(881, { email: "peserta880@uji.test" }));
    expect([fresh, sameNip, sameEmail]).toEqual([CHECK_MAIL, CHECK_MAIL, CHECK_MAIL]);
    expect(await registrationsOf(event.id)).toBe(1);
    expect(await mailsTo("penyelidik@evil.test")).toEqual([]);
    // The original mail, and one resend: a second probe within the hour sends nothing more.
    expect((await mailsTo("peserta880@uji.test")).map((m) => m.kind)).toEqual(["registration-confirmed", "registration-confirmed"]);
  });

  it("when the event is full, someone registered and someone new are told the same: full, with the waitlist to join", async () => {
    const event = await createOpenEvent(database.current.prisma, "penuh-sama", { capacity: 1, requiresApproval: false });
    await submit(event.slug, person(890));
    const full = { _form: { key: "registrations.errors.eventFull", values: { capacity: 1 } } };
    // The same code too: the form offers the waitlist on event_full, so any other code would tell them apart.
    expect(await refusal(submit(event.slug, person(890, { email: "lain@uji.test" })))).toEqual({ code: "event_full", fields: full });
    // The same solution may be sent again after a refusal that registered nothing.
    const challenge = await solved();
    expect(await refusal(submit(event.slug, person(891), { challenge }))).toEqual({ code: "event_full", fields: full });
    expect(await submit(event.slug, person(891), { challenge, joinWaitlist: true })).toEqual(CHECK_MAIL);
    expect(await submit(event.slug, person(890, { email: "lain@uji.test" }), { joinWaitlist: true })).toEqual(CHECK_MAIL);
    expect(await database.current.prisma.registration.findFirst({ where: { eventId: event.id, email: "lain@uji.test" } })).toBeNull();
  });

  it("asks for an email address, since the ticket arrives by mail", async () => {
    const event = await createOpenEvent(database.current.prisma, "wajib-email", { capacity: 10, requiresApproval: false });
    expect((await refusal(submit(event.slug, person(895, { email: "" })))).fields).toEqual({ email: { key: "openRegistration.errors.emailRequired" } });
    expect(await registrationsOf(event.id)).toBe(0);
  });
});
