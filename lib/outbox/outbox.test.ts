import { createServer, type AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { deliverPendingEmails, MAX_DELIVERY_ATTEMPTS, retryDelayMs, type DeliveryReport } from "./deliver-pending-emails";
import { enqueueEmail } from "./enqueue-email";
import { listOutboxEmails } from "./queries";
import { retryOutboxEmail } from "./retry-outbox-email";
import type { MailTransport } from "./transport";
import { demoActors } from "@/lib/test/actors";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let organizationId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  const actors = await demoActors(database.current.prisma);
  organizer = actors.organizer;
  coordinator = actors.coordinator;
  doorStaff = actors.doorStaff;
  organizationId = organizer.roles.find((g) => g.role === "ORGANIZER")!.organizationId!;
});

beforeEach(async () => {
  await database.current.prisma.outboxEmail.deleteMany();
});

/** Mail of the demo organisation (as a unit's coordinator invitation is), or account mail with `of: null`. */
async function queue(count: number, subject = "Undangan", of: string | null = organizationId) {
  return db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { id } = await enqueueEmail(tx, { to: `operator${i}@lapas.test`, subject: `${subject} ${i}`, text: `Tautan: https://rakor.test/invite/x${i}`, kind: "coordinator-invitation", organizationId: of });
      ids.push(id);
    }
    return ids;
  });
}

const outbox = () => database.current.prisma.outboxEmail.findMany({ orderBy: { subject: "asc" } });

/** A real SMTP server that turns every client away, so nodemailer's own SMTP transport fails. */
async function refusingSmtpServer() {
  const server = createServer((socket) => socket.end("421 4.3.2 Service not available, closing channel\r\n"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    transport: nodemailer.createTransport({ url: `smtp://127.0.0.1:${port}`, connectionTimeout: 2_000, greetingTimeout: 2_000 }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("delivering the outbox", () => {
  it("sends a pending message with the configured sender and marks it sent", async () => {
    await queue(1);
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const delivered: string[] = [];
    const recording: MailTransport = {
      async sendMail(message) {
        const info = (await transport.sendMail(message)) as { message: Buffer };
        delivered.push(info.message.toString("utf8"));
        return info;
      },
    };
    const report = await deliverPendingEmails({ transport: recording, from: "Panitia Rakor <panitia@rakor.test>" });
    expect(report).toEqual({ enabled: true, sent: 1, retrying: 0, failed: 0 });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toContain("From: Panitia Rakor <panitia@rakor.test>");
    expect(delivered[0]).toContain("To: operator0@lapas.test");
    expect(delivered[0]).toContain("https://rakor.test/invite/x0");
    const [email] = await outbox();
    expect(email).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(email!.sentAt).toBeInstanceOf(Date);
    // Nothing left to do: a second round sends nothing again.
    expect((await deliverPendingEmails({ transport: recording })).sent).toBe(0);
    expect(delivered).toHaveLength(1);
  });

  it("leaves mail pending and readable when no SMTP server is configured", async () => {
    await queue(2);
    const report = await deliverPendingEmails();
    expect(report).toEqual({ enabled: false, sent: 0, retrying: 0, failed: 0 });
    expect((await outbox()).map((e) => [e.status, e.attempts])).toEqual([
      ["PENDING", 0],
      ["PENDING", 0],
    ]);
  });

  it(`retries a failing delivery later and gives up after ${MAX_DELIVERY_ATTEMPTS} attempts, keeping the last error`, async () => {
    const [id] = await queue(1);
    const smtp = await refusingSmtpServer();
    try {
      let now = new Date(Date.now() + 1_000);
      const clock = () => now;
      for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
        expect(await deliverPendingEmails({ transport: smtp.transport, now: clock })).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
        const email = await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
        expect(email).toMatchObject({ status: "PENDING", attempts: attempt });
        expect(email.lastError).toMatch(/421|greeting|Service not available/i);
        expect(email.nextAttemptAt).toEqual(new Date(now.getTime() + retryDelayMs(attempt)));
        // Not due yet: a round a second before the scheduled time leaves it alone.
        now = new Date(email.nextAttemptAt.getTime() - 1_000);
        expect(await deliverPendingEmails({ transport: smtp.transport, now: clock })).toMatchObject({ retrying: 0, failed: 0 });
        now = email.nextAttemptAt;
      }
      expect(await deliverPendingEmails({ transport: smtp.transport, now: clock })).toMatchObject({ sent: 0, retrying: 0, failed: 1 });
      const failed = await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
      expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, sentAt: null });
      expect(failed.lastError).toBeTruthy();
      // Given up: later rounds leave it alone until an organizer asks for another try.
      now = new Date(now.getTime() + 24 * 60 * 60_000);
      expect(await deliverPendingEmails({ transport: smtp.transport, now: clock })).toMatchObject({ retrying: 0, failed: 0 });

      await retryOutboxEmail({ actor: organizer, emailId: id! });
      expect(await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0 });
      const audit = await database.current.prisma.auditLog.findFirst({ where: { entityId: id, action: "outbox.retry" } });
      expect(audit?.actorId).toBe(organizer.userId);
      const json = nodemailer.createTransport({ jsonTransport: true });
      expect(await deliverPendingEmails({ transport: json, now: () => new Date(Date.now() + 1_000) })).toMatchObject({ sent: 1 });
      expect(await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", lastError: null });
    } finally {
      await smtp.close();
    }
  });

  it("sends each message exactly once when several app instances deliver at the same time", async () => {
    const ids = await queue(30);
    const json = nodemailer.createTransport({ jsonTransport: true });
    const sentBy: Record<string, string[]> = { a: [], b: [], c: [] };
    const instance = (name: string): MailTransport => ({
      async sendMail(message) {
        sentBy[name]!.push(message.to);
        // A little network time, so the instances' claims interleave.
        await new Promise((resolve) => setTimeout(resolve, 5));
        return json.sendMail(message);
      },
    });
    // On PostgreSQL (TEST_DATABASE_URL) the three rounds really run at once and SKIP LOCKED keeps
    // them apart; PGlite serves one statement at a time, so there they interleave without a race.
    const reports: DeliveryReport[] = await Promise.all(["a", "b", "c"].map((name) => deliverPendingEmails({ transport: instance(name), limit: 30 })));
    const all = Object.values(sentBy).flat();
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
    expect(await database.current.prisma.outboxEmail.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(30);
    if (database.current.isPostgresServer) expect(Object.values(sentBy).filter((list) => list.length > 0).length).toBeGreaterThan(1);
  });
});

describe("reading the outbox in the console", () => {
  it("lists messages newest first with counts per status, filtered and paginated", async () => {
    await queue(3, "Lama");
    const [failedId] = await queue(1, "Gagal");
    await database.current.prisma.outboxEmail.update({ where: { id: failedId! }, data: { status: "FAILED", attempts: 5, lastError: "boom" } });
    const all = await listOutboxEmails(organizer, { pageSize: 2 });
    expect(all.counts).toEqual({ all: 4, PENDING: 3, SENT: 0, FAILED: 1 });
    expect(all.pageCount).toBe(2);
    expect(all.emails[0]!.subject).toBe("Gagal 0");
    expect(all.emails[0]!.textBody).toContain("https://rakor.test/invite/x0");
    const failed = await listOutboxEmails(organizer, { status: "FAILED" });
    expect(failed.emails.map((e) => e.lastError)).toEqual(["boom"]);
    expect(failed.emails[0]!.timeZone).toBe("Asia/Jakarta");
  });

  it("never shows an organiser account mail, which belongs to no organisation, nor lets them send it again", async () => {
    const [accountMail] = await queue(1, "Atur ulang kata sandi", null);
    await database.current.prisma.outboxEmail.update({ where: { id: accountMail! }, data: { status: "FAILED", attempts: 5 } });
    await queue(1, "Undangan");
    const list = await listOutboxEmails(organizer);
    expect(list.emails.map((e) => e.subject)).toEqual(["Undangan 0"]);
    expect(list.counts.FAILED).toBe(0);
    await expect(retryOutboxEmail({ actor: organizer, emailId: accountMail! })).rejects.toMatchObject({ code: "not_found" });
    expect(await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id: accountMail! } })).toMatchObject({ status: "FAILED", attempts: 5 });
    expect(await database.current.prisma.auditLog.count({ where: { entityId: accountMail! } })).toBe(0);
  });

  it("shows the installation's admin the account mail (a reset link) that no organiser sees, so it can be passed on without a mail server", async () => {
    const [accountMail] = await queue(1, "Buat kata sandi baru untuk Rakor", null);
    const admin = { ...organizer, roles: [...organizer.roles, { role: "ADMIN" as const, organizationId: null, unitId: null, eventId: null }] };
    const asAdmin = await listOutboxEmails(admin, { pageSize: 100 });
    expect(asAdmin.emails.find((e) => e.id === accountMail)).toMatchObject({ subject: "Buat kata sandi baru untuk Rakor 0" });
    expect((await listOutboxEmails(organizer, { pageSize: 100 })).emails.find((e) => e.id === accountMail)).toBeUndefined();
  });

  it("refuses to retry a message that has not failed", async () => {
    const [id] = await queue(1);
    await expect(retryOutboxEmail({ actor: organizer, emailId: id! })).rejects.toMatchObject({
      fieldErrors: { _form: { key: "outbox.errors.notFailed" } },
    });
    expect(await database.current.prisma.auditLog.count({ where: { entityId: id } })).toBe(0);
  });

  it("is closed to anonymous visitors, unit coordinators and door staff, who change nothing", async () => {
    const [id] = await queue(1);
    await database.current.prisma.outboxEmail.update({ where: { id: id! }, data: { status: "FAILED", attempts: 5 } });
    for (const [actor, code] of [
      [null, "unauthenticated"],
      [coordinator, "forbidden"],
      [doorStaff, "forbidden"],
    ] as const) {
      await expect(listOutboxEmails(actor)).rejects.toMatchObject({ code });
      await expect(retryOutboxEmail({ actor, emailId: id! })).rejects.toMatchObject({ code });
    }
    expect(await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 5 });
    expect(await database.current.prisma.auditLog.count({ where: { entityId: id } })).toBe(0);
  });
});
