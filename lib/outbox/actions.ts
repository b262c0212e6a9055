"use server";

import { revalidatePath } from "next/cache";
import { id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { retryOutboxEmail } from "./retry-outbox-email";

export const retryOutboxEmailAction = defineAction({
  args: [id],
  permission: "outbox:read",
  run: (actor, emailId) => retryOutboxEmail({ actor, emailId }),
  after: () => revalidatePath("/console/outbox"),
});
