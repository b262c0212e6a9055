import type { UnitType } from "@/lib/generated/prisma/enums";
import type { UnitInput } from "./schema";

// A unit as the catalog's forms, audit entries and CSV see it: the unit's own columns plus its
// Kanwil's province.

export interface UnitRecord {
  code: string;
  name: string;
  type: UnitType;
  class: string | null;
  province: string;
  city: string | null;
  timeZone: string;
}

/** Provinces compare case- and space-insensitively, so "jawa  tengah" finds the Kanwil of "Jawa Tengah". */
export function provinceKey(province: string): string {
  return province.trim().replace(/\s+/g, " ").toLowerCase();
}

export function unitRecord(unit: Omit<UnitRecord, "province"> & { regionalOffice: { province: string } }): UnitRecord {
  return {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    class: unit.class,
    province: unit.regionalOffice.province,
    city: unit.city,
    timeZone: unit.timeZone,
  };
}

/** True when storing `input` would change nothing. */
export function isSameUnit(stored: UnitRecord, input: UnitInput): boolean {
  return (
    stored.code === input.code &&
    stored.name === input.name &&
    stored.type === input.type &&
    stored.class === input.class &&
    stored.city === input.city &&
    stored.timeZone === input.timeZone &&
    provinceKey(stored.province) === provinceKey(input.province)
  );
}
