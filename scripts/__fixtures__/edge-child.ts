import { parseTrustProxy } from "@/lib/http/trusted-proxy";
import { createEdgeServer, exitWithSupervisor } from "../edge-server";

// A web server process like scripts/server.ts with a plain handler in place of Next.js, so the
// process supervision is tested without a production build. It answers what the app would see.
const log = (line: string) => console.log(`[edge-child] ${line}`);
const edge = createEdgeServer({
  handle(request, response) {
    const answer = () => response.end(JSON.stringify({ ip: request.headers["x-rakor-client-ip"], host: request.headers["x-forwarded-host"] ?? null }));
    if (request.url === "/slow") setTimeout(answer, 500);
    else answer();
  },
  trust: parseTrustProxy(process.env.TRUST_PROXY),
  hsts: true,
  log,
});
// Like Next.js's handler for a path it has no socket for: the upgraded connection is just held.
if (process.env.HOLD_UPGRADES) edge.server.on("upgrade", () => {});
exitWithSupervisor(() => edge.close(Number(process.env.GRACE_MS ?? 3000)), { deadlineMs: 4500, log });
edge.server.listen(0, "127.0.0.1", () => {
  const address = edge.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.send?.({ ready: true, port, pid: process.pid });
});
