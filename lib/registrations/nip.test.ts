import { describe, expect, it } from "vitest";
import { nipProblem } from "./nip";
import { normalisePhone, isIndonesianPhone } from "./phone";
import { participantSchema } from "./schema";

const now = new Date("2026-11-27T00:00:00Z");

describe("NIP", () => {
  it("accepts a plausible NIP: birth date, appointment, sex digit, sequence", () => {
    expect(nipProblem("197604122000031001", now)).toBeNull();
    expect(nipProblem("198511032009122002", now)).toBeNull();
  });

  it("names the part that is wrong", () => {
    expect(nipProblem("19760412200003100", now)).toBe("length");
    expect(nipProblem("19760412200003100A", now)).toBe("length");
    expect(nipProblem("197602302000031001", now)).toBe("birthDate"); // 30 February
    expect(nipProblem("201504122000031001", now)).toBe("birthDate"); // a child
    expect(nipProblem("197604121990031001", now)).toBe("appointment"); // appointed at 13
    expect(nipProblem("197604122000131001", now)).toBe("appointment"); // month 13
    expect(nipProblem("197604122000033001", now)).toBe("sex");
  });

  it("reads a NIP written with spaces between its parts", () => {
    const parsed = participantSchema.shape.nip.safeParse("19760412 200003 1 001");
    expect(parsed).toMatchObject({ success: true, data: "197604122000031001" });
  });
});

describe("WhatsApp numbers", () => {
  it("become +62 whatever way they are typed", () => {
    for (const typed of ["0812-3456-7890", "62 812 3456 7890", "+62 (812) 3456.7890", "081234567890"]) {
      expect(normalisePhone(typed)).toBe("+6281234567890");
    }
    expect(normalisePhone("   ")).toBeNull();
    expect(isIndonesianPhone("+6281234567890")).toBe(true);
    expect(isIndonesianPhone("+62812")).toBe(false);
    expect(isIndonesianPhone(normalisePhone("12345")!)).toBe(false);
  });
});
