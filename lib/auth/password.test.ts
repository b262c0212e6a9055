import { describe, expect, it } from "vitest";
import { PASSWORD_CHECKS_RUNNING, PASSWORD_CHECKS_WAITING, PasswordCheckBusy, UNKNOWN_ACCOUNT_HASH, hashPassword, verifyPassword } from "./password";

describe("password checks", () => {
  it("still accept hashes made by the earlier library (bcryptjs, $2b$, cost 12)", async () => {
    // Made with bcryptjs 3.0.3: bcrypt.hashSync("RakorDemo2024!", 12).
    expect(await verifyPassword("RakorDemo2024!", "$2b$12$yk6.A9vO464FeKgsmFOljOUeUDHljz5Fz/2vzc1hZUU6nDnPgTcrK")).toBe(true);
    const made = await hashPassword("Kata-sandi-123");
    expect(made).toMatch(/^\$2b\$12\$/);
    expect(await verifyPassword("Kata-sandi-123", made)).toBe(true);
    expect(await verifyPassword("salah", made)).toBe(false);
  });

  it("a flood of sign-ins cannot queue unbounded password work: beyond the queue they are told to try again shortly, at once", async () => {
    const capacity = PASSWORD_CHECKS_RUNNING + PASSWORD_CHECKS_WAITING;
    const admitted = Array.from({ length: capacity }, () => verifyPassword("tebakan", UNKNOWN_ACCOUNT_HASH));
    const started = performance.now();
    const refused = await verifyPassword("tebakan", UNKNOWN_ACCOUNT_HASH).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PasswordCheckBusy);
    // Refused without running bcrypt (a cost-12 check takes a couple of hundred milliseconds).
    expect(performance.now() - started).toBeLessThan(50);
    // Those admitted are all checked, and afterwards there is room again.
    expect(await Promise.all(admitted)).toEqual(Array(capacity).fill(false));
    expect(await verifyPassword("tebakan", UNKNOWN_ACCOUNT_HASH)).toBe(false);
  });
});
