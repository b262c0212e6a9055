import { describe, expect, it } from "vitest";
import { changesOf } from "./queries";

describe("audit changes", () => {
  it("lists only the fields that changed, ignoring timestamps", () => {
    expect(
      changesOf(
        { title: "Rakor", capacity: 150, updatedAt: "2026-01-01", theme: null },
        { title: "Rakor", capacity: 160, updatedAt: "2026-02-01", theme: "Sinergi" },
      ),
    ).toEqual([
      { field: "capacity", before: "150", after: "160" },
      { field: "theme", before: "—", after: "Sinergi" },
    ]);
  });

  it("shows a creation as every field new", () => {
    expect(changesOf(null, { seats: 3 })).toEqual([{ field: "seats", before: "—", after: "3" }]);
  });
});
