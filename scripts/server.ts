import next from "next";
import { env } from "@/lib/env";
import { parseTrustProxy } from "@/lib/http/trusted-proxy";
import { createEdgeServer, exitWithSupervisor } from "./edge-server";

// The Next.js process, spawned by scripts/start.ts (never run on its own: the start script owns
// the database and sets DATABASE_URL, AUTH_SECRET and APP_URL). Next.js is served through its
// programmatic API behind the edge server, which settles client address, host and scheme first.

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[rakor] ${line}`);

// Requests in flight get this long to finish on SIGTERM; the whole stop stays under 5 seconds.
const GRACE_MS = 3000;
const DEADLINE_MS = 4500;

async function main() {
  const began = Date.now();
  const edge = createEdgeServer({
    handle: (request, response) => handle(request, response),
    trust: parseTrustProxy(env.TRUST_PROXY),
    hsts: !dev,
    log,
  });
  const app = next({ dev, dir: process.cwd(), hostname: "localhost", port: env.PORT, httpServer: edge.server });
  const handle = app.getRequestHandler();
  exitWithSupervisor(
    async () => {
      await edge.close(GRACE_MS);
      await app.close();
    },
    { deadlineMs: DEADLINE_MS, log },
  );
  await app.prepare();
  await new Promise<void>((resolve, reject) => {
    edge.server.once("error", reject);
    edge.server.listen(env.PORT, () => resolve());
  });
  // "Ready in" as `next start` says it: the benchmarks (bench/server.ts) wait for that line.
  log(`Ready in ${Date.now() - began} ms: ${env.APP_URL ?? `port ${env.PORT}`}${env.TRUST_PROXY ? `, trusting proxies ${env.TRUST_PROXY}` : ""}`);
  process.send?.({ ready: true });
}

main().catch((error: unknown) => {
  console.error(`[rakor] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
