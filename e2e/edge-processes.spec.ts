import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Issue 11, items 12 and 13, on the real start path: scripts/start.ts with its embedded database
// and the production build, a second Rakor on a port and data directory of its own. Processes do
// not depend on the viewport, so this runs in the desktop project only.

test.describe.configure({ mode: "serial", timeout: 240_000 });

const dataDir = mkdtempSync(path.join(os.tmpdir(), "rakor-e2e-edge-"));
let port = 0;
const spawned: ChildProcess[] = [];

test.beforeAll(async () => {
  port = await freePort();
});

test.afterAll(() => {
  for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    });
  });
}

interface Running {
  start: ChildProcess;
  server: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function startRakor(settings: Record<string, string> = {}): Promise<Running> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), RAKOR_DATA_DIR: dataDir, ...settings };
  delete env.DATABASE_URL;
  delete env.APP_URL;
  const start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  spawned.push(start);
  let output = "";
  start.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  start.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => start.once("exit", (code) => resolve(code)));
  await expect.poll(async () => (await get("/login").catch(() => null))?.status ?? output, { timeout: 180_000, intervals: [500] }).toBe(200);
  const server = Number(execFileSync("ps", ["-o", "pid=", "--ppid", String(start.pid)], { encoding: "utf8" }).trim().split(/\s+/)[0]);
  expect(server).toBeGreaterThan(0);
  return { start, server, output: () => output, exited };
}

function get(pathname: string, agent?: http.Agent, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname, agent, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on("error", reject);
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("a start script killed with SIGKILL takes its web server with it, and the next start serves again", async () => {
  const first = await startRakor();
  first.start.kill("SIGKILL");
  await expect.poll(() => alive(first.server), { timeout: 5000 }).toBe(false);
  await expect(get("/login")).rejects.toThrow(/ECONNREFUSED/);

  // The embedded database's lock names the killed start script: stale, so the next start goes on.
  const second = await startRakor();
  expect(second.output()).not.toMatch(/EADDRINUSE|already in use/);
  second.start.kill("SIGTERM");
  expect(await second.exited).toBe(0);
});

test("behind a trusted proxy HTTPS gets HSTS; when the web server dies, the start script closes the database and exits non-zero", async () => {
  const running = await startRakor({ TRUST_PROXY: "127.0.0.1/32", APP_URL: "https://rakor.example.go.id" });
  expect((await get("/login", undefined, { "x-forwarded-proto": "https" })).headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect((await get("/login")).headers["strict-transport-security"]).toBeUndefined();

  process.kill(running.server, "SIGKILL");
  expect(await running.exited).not.toBe(0);
  expect(running.output()).toMatch(/database closed/);
});

test("SIGTERM stops Rakor within 5 seconds while keep-alive clients keep asking", async () => {
  const running = await startRakor();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  let answered = 0;
  let asking = true;
  const client = async () => {
    while (asking) {
      try {
        await get("/login", agent);
        answered++;
      } catch {
        return;
      }
    }
  };
  const clients = [client(), client(), client(), client()];
  await expect.poll(() => answered, { timeout: 30_000 }).toBeGreaterThan(10);

  const started = Date.now();
  running.start.kill("SIGTERM");
  const code = await running.exited;
  const took = Date.now() - started;
  asking = false;
  await Promise.all(clients);
  agent.destroy();
  expect(code).toBe(0);
  expect(took).toBeLessThan(5000);
  expect(running.output()).toMatch(/database closed/);
  expect(alive(running.server)).toBe(false);
});
