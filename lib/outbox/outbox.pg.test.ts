import nodemailer from "nodemailer";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setupTestDatabase } from "@/lib/test/database";
import { deliverPendingEmails } from "./deliver-pending-emails";
import { enqueueEmail } from "./enqueue-email";
import type { MailTransport } from "./transport";

// Runs only against a PostgreSQL server (TEST_DATABASE_URL; see vitest.config.ts): it needs a
// second real session holding a row lock, and PGlite is a single session.

const database = setupTestDatabase();

async function queue(count: number) {
  return db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { id } = await enqueueEmail(tx, { to: `operator${i}@lapas.test`, subject: `Undangan ${i}`, text: `Tautan: https://rakor.test/invite/x${i}`, kind: "coordinator-invitation" });
      ids.push(id);
    }
    return ids;
  });
}

describe("delivering the outbox from several instances", () => {
  it("skips a message another instance is claiming instead of waiting for it or sending it too", async () => {
    const [busy, free] = await queue(2);
    const other = new pg.Client({ connectionString: database.current.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT "id" FROM "OutboxEmail" WHERE "id" = $1 FOR UPDATE`, [busy]);
      const sent: string[] = [];
      const json = nodemailer.createTransport({ jsonTransport: true });
      const transport: MailTransport = { sendMail: (message) => (sent.push(message.subject), json.sendMail(message)) };
      const timeout = new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), 5_000));
      const report = await Promise.race([deliverPendingEmails({ transport }), timeout]);
      expect(report).toMatchObject({ sent: 1 });
      expect(sent).toEqual(["Undangan 1"]);
      expect(await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id: busy } })).toMatchObject({ status: "PENDING", attempts: 0 });
      expect(await database.current.prisma.outboxEmail.findUniqueOrThrow({ where: { id: free } })).toMatchObject({ status: "SENT" });
    } finally {
      await other.query("ROLLBACK");
      await other.end();
    }
  });
});
