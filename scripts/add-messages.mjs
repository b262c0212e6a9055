// Adds or replaces one namespace in messages/id.json and messages/en.json from a JSON file of the
// form {"id": {...}, "en": {...}}. Used so several people can add texts without editing the same lines:
//   node scripts/add-messages.mjs <namespace> <file.json>
import { readFileSync, writeFileSync } from "node:fs";

const [namespace, file] = process.argv.slice(2);
if (!namespace || !file) throw new Error("usage: node scripts/add-messages.mjs <namespace> <file.json>");
const texts = JSON.parse(readFileSync(file, "utf8"));
for (const locale of ["id", "en"]) {
  if (!texts[locale]) throw new Error(`${file} has no "${locale}" texts`);
  const path = `messages/${locale}.json`;
  const messages = JSON.parse(readFileSync(path, "utf8"));
  messages[namespace] = texts[locale];
  writeFileSync(path, `${JSON.stringify(messages, null, 2)}\n`);
}
