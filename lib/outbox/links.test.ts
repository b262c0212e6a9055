import { describe, expect, it } from "vitest";
import { linksIn } from "./links";

describe("links offered for copying in the outbox", () => {
  it("finds each link once, invitation links first, without trailing punctuation", () => {
    const text = "Lihat https://rakor.test/e/rakor-2024.\nUndangan: https://rakor.test/invite/AbC_d-123456789012345\nSekali lagi: https://rakor.test/invite/AbC_d-123456789012345";
    expect(linksIn(text)).toEqual(["https://rakor.test/invite/AbC_d-123456789012345", "https://rakor.test/e/rakor-2024"]);
    expect(linksIn("Tidak ada tautan.")).toEqual([]);
  });
});
