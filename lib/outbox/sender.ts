import "server-only";
import { deliverPendingEmails, type DeliveryReport } from "./deliver-pending-emails";
import { isMailDeliveryConfigured } from "./transport";

export const SENDER_INTERVAL_MS = 15_000;

export interface StartOutboxSenderOptions {
  /** Defaults to whether SMTP_URL is set. */
  enabled?: boolean;
  intervalMs?: number;
  deliver?: () => Promise<DeliveryReport>;
  log?: (message: string, error?: unknown) => void;
}

const globalForSender = globalThis as unknown as { rakorOutboxSender?: () => void };

/**
 * Starts the periodic outbox sender of this process and returns its stop function, or null when
 * mail delivery is not configured. A round that fails is logged and the next one tries again;
 * the timer never keeps the process alive on its own. Every instance may run one: claims use
 * SKIP LOCKED, so messages are not sent twice.
 */
export function startOutboxSender(options: StartOutboxSenderOptions = {}): (() => void) | null {
  const enabled = options.enabled ?? isMailDeliveryConfigured();
  if (!enabled) return null;
  if (globalForSender.rakorOutboxSender) return globalForSender.rakorOutboxSender;
  const deliver = options.deliver ?? (() => deliverPendingEmails({ limit: 20 }));
  const log = options.log ?? ((message, error) => console.error(message, error));

  let running = false;
  const round = async () => {
    // A slow round (a sluggish SMTP server) must not overlap the next one.
    if (running) return;
    running = true;
    try {
      await deliver();
    } catch (error) {
      log("outbox sender: delivery round failed", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void round(), options.intervalMs ?? SENDER_INTERVAL_MS);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    globalForSender.rakorOutboxSender = undefined;
  };
  globalForSender.rakorOutboxSender = stop;
  return stop;
}
