import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/validation/zod";
import { accountNameFormSchema, languageSchema } from "./schema";

export interface UpdateAccountProfileOptions {
  actor: Actor | null;
  name?: string;
  locale?: Locale;
}

/** The signed-in user's own name or language; nobody else's. */
export async function updateAccountProfile(options: UpdateAccountProfileOptions): Promise<{ name: string; locale: Locale | null }> {
  const actor = authorize(options.actor, "account:manage");
  const data = {
    ...(options.name !== undefined ? parseInput(accountNameFormSchema, { name: options.name }) : {}),
    ...(options.locale !== undefined ? { locale: parseInput(languageSchema, options.locale) } : {}),
  };
  const user = await db.user.update({ where: { id: actor.userId }, data, select: { name: true, locale: true } });
  return { name: user.name, locale: languageSchema.safeParse(user.locale).data ?? null };
}
