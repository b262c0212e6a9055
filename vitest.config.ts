import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Server modules guard against client bundling; in tests they run in Node directly.
      "server-only": fileURLToPath(new URL("./lib/test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    // *.pg.test.ts need a real PostgreSQL server (several sessions, row locks): they run in the
    // TEST_DATABASE_URL suite (CI's second pass) and are not part of the embedded-database run.
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**", ...(process.env.TEST_DATABASE_URL ? [] : ["**/*.pg.test.ts"])],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM loader cannot resolve;
    // bundled by Vite, as Next.js bundles it, it resolves (route handlers that use the session).
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-heavy; two workers match this machine's two cores.
    maxWorkers: 2,
  },
});
