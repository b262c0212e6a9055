"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { retryOutboxEmail } from "./retry-outbox-email";

export async function retryOutboxEmailAction(emailId: string): Promise<ActionResult<void>> {
  const result = await runAction((actor) => retryOutboxEmail({ actor, emailId }));
  if (result.ok) revalidatePath("/console/outbox");
  return result;
}
