import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";

// For integration tests of domain modules: a fresh database for this test file, installed as
// the client behind `db` from "@/lib/db".
export function setupTestDatabase(): { readonly current: TestDatabase } {
  const holder: { current?: TestDatabase } = {};
  beforeAll(async () => {
    holder.current = await createTestDatabase();
    (globalThis as { rakorDb?: unknown }).rakorDb = holder.current.prisma;
  });
  afterAll(async () => {
    (globalThis as { rakorDb?: unknown }).rakorDb = undefined;
    await holder.current?.destroy();
  });
  return {
    get current() {
      if (!holder.current) throw new Error("The test database is ready only inside tests and hooks.");
      return holder.current;
    },
  };
}
