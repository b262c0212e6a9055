"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formOf, id } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { createUnit } from "./create-unit";
import { importUnits, importUnitsSchema } from "./import-units";
import { previewUnitsImport } from "./preview-units-import";
import { unitSchema } from "./schema";
import { updateUnit } from "./update-unit";

const catalogChanged = <T>(result: T) => {
  revalidatePath("/console/units", "layout");
  return result;
};

export const createUnitAction = defineAction({
  args: [formOf(unitSchema)],
  permission: "unit:manage",
  run: (actor, input) => createUnit({ ...input, actor }),
  after: catalogChanged,
});

export const updateUnitAction = defineAction({
  args: [id, formOf(unitSchema)],
  permission: "unit:manage",
  run: (actor, unitId, input) => updateUnit({ ...input, unitId, actor }),
  after: catalogChanged,
});

/** The CSV as text (the browser reads the file); 5 MB is far beyond a catalogue of a few hundred units. */
export const previewUnitsImportAction = defineAction({
  args: [z.string().max(5_000_000)],
  permission: "unit:manage",
  run: (actor, csvText) => previewUnitsImport({ csvText, actor }),
});

export const importUnitsAction = defineAction({
  args: [formOf(importUnitsSchema.shape.rows)],
  permission: "unit:manage",
  run: (actor, rows) => importUnits({ rows, actor }),
  after: catalogChanged,
});
