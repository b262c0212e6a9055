import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { isAppError } from "@/lib/errors/app-error";
import { createInstallationAdmin } from "@/lib/organizations/create-installation-admin";
import { resolveDatabase } from "./database";

// npm run admin:create -- --email you@example.go.id --name "Your Name" [--org-code CODE --org-name "Full name"]
// Creates (or restores) the installation's administrator, who can then create organisations and
// their first organisers in the console. The password comes from RAKOR_ADMIN_PASSWORD or stdin.

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, "org-code": { type: "string" }, "org-name": { type: "string" } },
});
if (!values.email || !values.name || Boolean(values["org-code"]) !== Boolean(values["org-name"])) {
  console.error('usage: npm run admin:create -- --email <email> --name "<name>" [--org-code <CODE> --org-name "<organisation>"]');
  console.error("       the password is read from RAKOR_ADMIN_PASSWORD, or from standard input");
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.env.RAKOR_ADMIN_PASSWORD) return process.env.RAKOR_ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Password (at least 10 characters; input hidden): ");
  process.stdin.setRawMode?.(true);
  let text = "";
  for await (const chunk of process.stdin) {
    const part = String(chunk);
    if (process.stdin.isTTY && part === "\u0003") process.exit(130);
    text += part;
    if (/[\r\n]/.test(text)) break;
  }
  process.stdin.setRawMode?.(false);
  if (process.stdin.isTTY) process.stderr.write("\n");
  return text.split(/\r?\n|\r/)[0] ?? "";
}

const password = await readPassword();
const { url, embedded } = await resolveDatabase();
const prisma = createPrismaClient({ connectionString: url, maxConnections: 1 });
try {
  await migrate(url);
  const organization = values["org-code"] ? { code: values["org-code"], name: values["org-name"]! } : undefined;
  const admin = await createInstallationAdmin(prisma, { email: values.email, name: values.name, password, organization });
  console.log(`${admin.created ? "Created" : "Updated"} the installation admin ${values.email.toLowerCase()}${organization ? `, organiser of ${organization.code}` : ""}. Sign in at /login.`);
} catch (error) {
  if (isAppError(error)) {
    const fields = Object.entries(error.fieldErrors ?? {}).map(([field, problem]) => `${field}: ${typeof problem === "string" ? problem : problem.key}`);
    console.error(`Refused: ${error.code}${fields.length ? ` (${fields.join("; ")})` : ""}`);
  } else console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await embedded?.stop();
}
