import { defineConfig } from "prisma/config";

// The CLI is used here only for `prisma generate`, which needs no database.
// Migrations are applied by scripts/db-migrate.ts (see README: "Migrations").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
