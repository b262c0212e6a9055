import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** What the sender needs from a nodemailer transport; tests pass jsonTransport or streamTransport. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html?: string }): Promise<unknown>;
}

/** True when SMTP_URL is set; otherwise mail stays in the outbox for organizers to read. */
export function isMailDeliveryConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

let smtp: MailTransport | undefined;

/** The SMTP transport from SMTP_URL, or null when none is configured. */
export function smtpTransport(): MailTransport | null {
  if (!env.SMTP_URL) return null;
  // Bounded timeouts keep one send well inside the claim's lease (see deliver-pending-emails.ts).
  smtp ??= nodemailer.createTransport({
    url: env.SMTP_URL,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return smtp;
}
