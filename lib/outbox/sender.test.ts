import { describe, expect, it } from "vitest";
import { startOutboxSender } from "./sender";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds (a loaded machine may run timers late), failing after `limitMs`. */
async function until(done: () => boolean, limitMs = 10_000) {
  const deadline = Date.now() + limitMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await wait(5);
  }
}

describe("the periodic outbox sender", () => {
  it("does not start without a mail server", () => {
    expect(startOutboxSender({ enabled: false, deliver: () => Promise.reject(new Error("must not run")) })).toBeNull();
  });

  it("keeps going after a failed round, logging it, and stops when asked", async () => {
    let rounds = 0;
    const logged: string[] = [];
    const stop = startOutboxSender({
      enabled: true,
      intervalMs: 10,
      deliver: async () => {
        rounds++;
        throw new Error("database unavailable");
      },
      log: (message) => logged.push(message),
    });
    expect(stop).toBeTypeOf("function");
    await until(() => rounds >= 3);
    stop!();
    const after = rounds;
    expect(after).toBeGreaterThan(1);
    expect(logged.length).toBe(after);
    await wait(40);
    expect(rounds).toBe(after);
  });

  it("runs one round at a time even when a round is slower than the interval", async () => {
    let running = 0;
    let overlapped = false;
    let rounds = 0;
    const stop = startOutboxSender({
      enabled: true,
      intervalMs: 5,
      deliver: async () => {
        running++;
        rounds++;
        if (running > 1) overlapped = true;
        await wait(30);
        running--;
        return { enabled: true, sent: 0, retrying: 0, failed: 0 };
      },
    });
    await until(() => rounds >= 3);
    stop!();
    await wait(40);
    expect(rounds).toBeGreaterThan(1);
    expect(overlapped).toBe(false);
  });
});
