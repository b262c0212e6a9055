import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { setupTestDatabase } from "@/lib/test/database";
import { acceptInvitation } from "./accept-invitation";

setupTestDatabase();
const LIMIT = RATE_LIMIT_POLICIES["invitation-accept:ip"].limit;
const PASSWORD = "Kata-sandi-baru-2024";

const attempt = (ip: string) =>
  acceptInvitation({ token: "AAAAAAAAAAAAAAAAAAAAAA", ip, name: "Penebak", password: PASSWORD, passwordConfirmation: PASSWORD }).catch((e: unknown) => e);

describe("accepting invitations from one address", () => {
  it(`an anonymous caller cannot try more than ${LIMIT} invitation links from one address in the window`, async () => {
    for (let i = 0; i < LIMIT; i++) {
      expect(await attempt("203.0.113.90")).toMatchObject({ code: "invalid_input", fieldErrors: { _form: { key: "invitations.errors.unknown" } } });
    }
    const refused = await attempt("203.0.113.90");
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "rate_limited", values: { minutes: RATE_LIMIT_POLICIES["invitation-accept:ip"].windowMinutes } });
    // Someone else, elsewhere, is not held up.
    expect(await attempt("198.51.100.90")).toMatchObject({ fieldErrors: { _form: { key: "invitations.errors.unknown" } } });
  });
});
