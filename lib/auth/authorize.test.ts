import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { authorize, can, organizationScope, organizationsWith, unitScope, type Actor } from "./authorize";
import { PERMISSIONS, homeForRoles } from "./permissions";

const actor = (roles: Actor["roles"]): Actor => ({ userId: "u1", name: "Test", email: "t@example.test", roles });
const organizer = actor([{ role: "ORGANIZER", organizationId: "org-a", unitId: null, eventId: null }]);
const admin = actor([{ role: "ADMIN", organizationId: null, unitId: null, eventId: null }]);
const coordinator = actor([{ role: "UNIT_COORDINATOR", organizationId: "org-a", unitId: "unit-a", eventId: null }]);
const doorStaff = actor([{ role: "CHECKIN_STAFF", organizationId: "org-a", unitId: null, eventId: "event-1" }]);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
}

describe("authorize", () => {
  it("refuses anyone not signed in, for every permission", () => {
    for (const permission of PERMISSIONS) expect(codeOf(() => authorize(null, permission))).toBe("unauthenticated");
  });

  it("lets the installation's admin create organisations but run no organisation's events without an organiser role in it", () => {
    expect(can(admin, "installation:manage")).toBe(true);
    expect(can(organizer, "installation:manage")).toBe(false);
    expect(can(admin, "event:manage")).toBe(false);
    expect(codeOf(() => organizationScope(admin, "console:access"))).toBe("forbidden");
  });

  it("works in the organiser's own organisation only, per permission", () => {
    expect(organizationScope(organizer, "event:manage")).toBe("org-a");
    // Door staff of organisation B's event gain B's door, nothing else of B.
    const both = actor([...organizer.roles, { role: "CHECKIN_STAFF", organizationId: "org-b", unitId: null, eventId: "event-b" }]);
    expect(organizationsWith(both, "event:manage")).toEqual(["org-a"]);
    expect(organizationsWith(both, "checkin:scan")).toEqual(["org-a", "org-b"]);
    expect(codeOf(() => organizationScope(coordinator, "event:manage"))).toBe("forbidden");
    expect(codeOf(() => organizationScope(null, "event:manage"))).toBe("unauthenticated");
  });

  it("keeps a unit coordinator out of the console and inside their own unit", () => {
    expect(codeOf(() => authorize(coordinator, "console:access"))).toBe("forbidden");
    expect(codeOf(() => authorize(coordinator, "event:manage"))).toBe("forbidden");
    expect(authorize(coordinator, "registration:manage-unit", { unitId: "unit-a" })).toBe(coordinator);
    expect(codeOf(() => authorize(coordinator, "registration:manage-unit", { unitId: "unit-b" }))).toBe("forbidden");
    expect(unitScope(coordinator, "registration:manage-unit")).toEqual(["unit-a"]);
  });

  it("lets door staff scan only at their own event and nothing else", () => {
    expect(can(doorStaff, "checkin:scan", { eventId: "event-1" })).toBe(true);
    expect(can(doorStaff, "checkin:scan", { eventId: "event-2" })).toBe(false);
    for (const permission of PERMISSIONS.filter((p) => p !== "checkin:scan" && p !== "account:manage")) expect(can(doorStaff, permission)).toBe(false);
  });

  it("gives organizers the whole organisation, not a list of units", () => {
    expect(can(organizer, "registration:manage-any", { unitId: "any-unit" })).toBe(true);
    expect(unitScope(organizer, "registration:manage-any")).toBeNull();
    expect(can(organizer, "unit-portal:access")).toBe(false);
  });

  it("sends each role to its home after sign-in, the most powerful role first", () => {
    expect(homeForRoles(["UNIT_COORDINATOR"])).toBe("/unit");
    expect(homeForRoles(["UNIT_COORDINATOR", "ORGANIZER"])).toBe("/console");
    expect(homeForRoles(["CHECKIN_STAFF"])).toBe("/checkin");
    expect(homeForRoles([])).toBe("/");
  });
});
