import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed/demo";
import { resolveDatabase } from "./database";

const { url, embedded } = await resolveDatabase();
const prisma = createPrismaClient({ connectionString: url, maxConnections: 1 });
try {
  await migrate(url);
  await seedDemo(prisma, { log: (line) => console.log(line) });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await embedded?.stop();
}
