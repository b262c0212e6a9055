"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createUnit } from "./create-unit";
import { importUnits, type UnitsImportRow } from "./import-units";
import { previewUnitsImport } from "./preview-units-import";
import type { UnitFormValues } from "./schema";
import { updateUnit } from "./update-unit";

// Arguments of server actions come from the network: the actor is always set last, so a
// submitted object can never carry an "actor" of its own.
const asObject = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? { ...value } : {});

export async function createUnitAction(input: UnitFormValues) {
  const result = await runAction((actor) => createUnit({ ...(asObject(input) as UnitFormValues), actor }));
  if (result.ok) revalidatePath("/console/units", "layout");
  return result;
}

export async function updateUnitAction(unitId: string, input: UnitFormValues) {
  const result = await runAction((actor) => updateUnit({ ...(asObject(input) as UnitFormValues), unitId, actor }));
  if (result.ok) revalidatePath("/console/units", "layout");
  return result;
}

export async function previewUnitsImportAction(csvText: string) {
  return runAction((actor) => previewUnitsImport({ csvText, actor }));
}

export async function importUnitsAction(rows: UnitsImportRow[]) {
  const result = await runAction((actor) => importUnits({ rows, actor }));
  if (result.ok) revalidatePath("/console/units", "layout");
  return result;
}
