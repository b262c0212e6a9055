import { describe, expect, it } from "vitest";
import { uploadSpeakerPhoto } from "./photo-route";
import { PHOTO_MAX_BYTES } from "./schema";

// The photo upload route's guards answer before any session, form or database is read.

const TOO_LARGE = "Foto terlalu besar: paling besar 2 MB.";

function upload(headers: Record<string, string>, body: BodyInit = new FormData()) {
  return uploadSpeakerPhoto(new Request("https://rakor.test/console/events/e/speakers/s/photo", { method: "POST", headers, body }), "e", "s", TOO_LARGE);
}

describe("uploading a speaker's photo", () => {
  it("refuses a post from another site, or one that does not say where it comes from", async () => {
    expect((await upload({ host: "rakor.test", origin: "https://evil.example" })).status).toBe(403);
    expect((await upload({ host: "rakor.test" })).status).toBe(403);
  });

  it("refuses a body far past the photo limit unread, with the message for the field", async () => {
    const response = await upload({ host: "rakor.test", origin: "https://rakor.test", "content-length": String(PHOTO_MAX_BYTES + 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, message: TOO_LARGE, fieldErrors: { photo: TOO_LARGE } });
  });
});
