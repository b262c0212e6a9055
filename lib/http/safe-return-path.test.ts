import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("return paths after sign-in and other redirects", () => {
  it("a path on this site is followed back, with its query and fragment", () => {
    expect(safeReturnPath("/unit")).toBe("/unit");
    expect(safeReturnPath("/unit/events/a1/b2?tab=peserta#daftar")).toBe("/unit/events/a1/b2?tab=peserta#daftar");
    expect(safeReturnPath("/e/rakor-humas/agenda")).toBe("/e/rakor-humas/agenda");
  });

  it("a link cannot send a signed-in user to another site", () => {
    const escapes = [
      "/%09/evil.example/x",
      "/\t/evil.example/x",
      "/%0a/evil.example",
      "/%0D%0A/evil.example",
      "//evil.example",
      "/\\evil.example",
      "/%5Cevil.example",
      "/%2F/evil.example",
      "\\\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /unit",
      "/\u0000/evil.example",
      "/%00/evil.example",
      "/\u007f",
      "unit",
      "",
      "/%zz",
    ];
    for (const value of escapes) expect(safeReturnPath(value), JSON.stringify(value)).toBeNull();
  });

  it("anything that is not a string is refused", () => {
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(new Blob(["/unit"]))).toBeNull();
  });
});
