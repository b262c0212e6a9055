// Runs once when a Next.js server starts. Starts the outbox sender in the Node.js runtime when
// SMTP_URL is set; without SMTP, mail stays in the outbox for organizers (/console/outbox).
export async function register(): Promise<void> {
  // The import sits inside this condition (not after an early return) so that bundlers drop it
  // from any edge build of this file.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // `next build` also loads this file to prerender pages; a build sends no mail.
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    try {
      const { startOutboxSender } = await import("@/lib/outbox/sender");
      startOutboxSender();
    } catch (error) {
      // Mail waits in the outbox; the site itself must still start.
      console.error("outbox sender could not start", error);
    }
  }
}
