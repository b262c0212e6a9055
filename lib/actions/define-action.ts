import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { createActionClient } from "./action-client";

/**
 * `defineAction` makes every server action in `lib/<area>/actions.ts` (see action-client.ts);
 * `runAction` serves the route handlers that answer the way an action does.
 */
export const { defineAction, runOperation: runAction } = createActionClient({
  getActor,
  getTranslator: async () => {
    const t = await getTranslations();
    return (key, values) => t(key as never, values as never);
  },
});
