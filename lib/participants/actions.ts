"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { importParticipants, type ImportParticipantsOptions } from "./import-participants";
import { previewParticipantsImport, type PreviewParticipantsImportOptions } from "./preview-participants-import";

// Arguments of server actions come from the network: the input is spread first and the actor set
// last, so a submitted object can never carry an "actor" of its own.
const asObject = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? { ...value } : {});

type PreviewInput = Omit<PreviewParticipantsImportOptions, "actor" | "now">;
type ImportInput = Omit<ImportParticipantsOptions, "actor" | "now">;

export async function previewParticipantsImportAction(input: PreviewInput) {
  return runAction((actor) => previewParticipantsImport({ ...(asObject(input) as unknown as PreviewInput), now: undefined, actor }));
}

export async function importParticipantsAction(input: ImportInput) {
  const result = await runAction((actor) => importParticipants({ ...(asObject(input) as unknown as ImportInput), now: undefined, actor }));
  if (result.ok) revalidatePath(`/console/events/${encodeURIComponent(String(asObject(input).eventId ?? ""))}`, "layout");
  return result;
}
