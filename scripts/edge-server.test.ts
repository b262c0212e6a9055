import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// Real processes, a plain handler in place of Next.js (scripts/__fixtures__/edge-child.ts); the
// real start path is exercised by e2e/edge.spec.ts against the production build.

const FIXTURES = path.join(import.meta.dirname, "__fixtures__");
const spawned: ChildProcess[] = [];
const pidsToReap: number[] = [];

afterEach(() => {
  for (const child of spawned.splice(0)) child.kill("SIGKILL");
  for (const pid of pidsToReap.splice(0)) if (alive(pid)) process.kill(pid, "SIGKILL");
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function node(script: string, env: Record<string, string> = {}, ipc = false) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(FIXTURES, script)], {
    stdio: ["ignore", "pipe", "inherit", ...(ipc ? (["ipc"] as const) : [])],
    env: { ...process.env, ...env },
  });
  spawned.push(child);
  return child;
}

function firstMessage(child: ChildProcess): Promise<{ port: number; pid: number }> {
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`exited with ${code} before it was ready`)));
    child.on("message", (m) => resolve(m as { port: number; pid: number }));
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

function get(port: number, pathname: string, headers: Record<string, string> = {}, agent?: http.Agent) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname, headers, agent }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

describe("the web server process", () => {
  it("does not outlive a start script killed with SIGKILL, and frees its port", async () => {
    const parent = node("edge-parent.ts");
    const { port, pid } = await firstMessage(parent);
    pidsToReap.push(pid);
    expect((await get(port, "/")).status).toBe(200);

    parent.kill("SIGKILL");
    expect(await until(() => !alive(pid), 5000)).toBe(true);
    await expect(get(port, "/")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("stops within 5 seconds of SIGTERM while keep-alive clients keep sending requests", async () => {
    const child = node("edge-child.ts", {}, true);
    const { port } = await firstMessage(child);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    let answered = 0;
    let running = true;
    const hammer = async () => {
      while (running) {
        try {
          await get(port, answered % 3 ? "/" : "/slow", {}, agent);
          answered++;
        } catch {
          return;
        }
      }
    };
    const clients = [hammer(), hammer(), hammer(), hammer()];
    await until(() => answered > 20, 5000);

    const started = Date.now();
    child.kill("SIGTERM");
    const code = await exited(child);
    const took = Date.now() - started;
    running = false;
    await Promise.all(clients);
    agent.destroy();
    expect(code).toBe(0);
    expect(took).toBeLessThan(5000);
  });

  it("stops within 5 seconds of SIGTERM while an upgraded connection (a dev HMR socket) stays open", async () => {
    const child = node("edge-child.ts", { HOLD_UPGRADES: "1" }, true);
    const { port } = await firstMessage(child);
    const upgrade = http.get({ host: "127.0.0.1", port, path: "/_next/hmr", headers: { connection: "Upgrade", upgrade: "websocket" } });
    upgrade.on("error", () => {});
    await new Promise((resolve) => upgrade.once("socket", resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const started = Date.now();
    child.kill("SIGTERM");
    const code = await exited(child);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("a client cannot pass its own address or host to the app, and HSTS comes only over HTTPS from a trusted proxy", async () => {
    const direct = node("edge-child.ts", {}, true);
    const { port } = await firstMessage(direct);
    const forged = { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-rakor-client-ip": "1.2.3.4" };
    const answer = await get(port, "/", forged);
    expect(JSON.parse(answer.body)).toEqual({ ip: "127.0.0.1", host: null });
    expect(answer.headers["strict-transport-security"]).toBeUndefined();

    const proxied = node("edge-child.ts", { TRUST_PROXY: "127.0.0.1/32" }, true);
    const behind = await firstMessage(proxied);
    const viaProxy = await get(behind.port, "/", forged);
    expect(JSON.parse(viaProxy.body)).toEqual({ ip: "203.0.113.9", host: "evil.example" });
    expect(viaProxy.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  });
});
