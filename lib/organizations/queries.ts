import "server-only";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

const settingsSelect = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  parentLines: true,
  address: true,
  phone: true,
  email: true,
  website: true,
  timeZone: true,
  logoType: true,
  updatedAt: true,
} as const;

/** The organiser's own organisation, for its settings page. */
export async function getOrganizationSettings(actor: Actor | null) {
  const organizationId = organizationScope(actor, "organization:manage");
  return db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: settingsSelect });
}

/** The time zone a new event of the organiser's organisation starts with. */
export async function getOrganizationTimeZone(actor: Actor | null): Promise<string> {
  const organizationId = organizationScope(actor, "event:manage");
  return (await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } })).timeZone;
}

/** The organiser's organisation's logo bytes, or null when it has none. */
export async function getOrganizationLogo(actor: Actor | null) {
  const organizationId = organizationScope(actor, "console:access");
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { logo: true, logoType: true } });
  return organization?.logo && organization.logoType ? { bytes: organization.logo, type: organization.logoType } : null;
}

/**
 * The letterhead of an organisation, for documents. Callers have already authorized the document
 * (its event is in the actor's reach); this reads the organisation that owns it.
 */
export async function getLetterhead(organizationId: string) {
  return db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, shortName: true, parentLines: true, address: true, phone: true, email: true, website: true, logo: true, logoType: true, timeZone: true },
  });
}

export type Letterhead = Awaited<ReturnType<typeof getLetterhead>>;

/** Every organisation on the installation with its numbers of organisers and events, for its admin. */
export async function listOrganizations(actor: Actor | null) {
  authorize(actor, "installation:manage");
  const organizations = await db.organization.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      createdAt: true,
      _count: { select: { events: true, units: true } },
      roles: { where: { role: "ORGANIZER" }, select: { user: { select: { name: true, email: true, active: true } } } },
    },
  });
  return organizations.map(({ _count, roles, ...organization }) => ({
    ...organization,
    events: _count.events,
    units: _count.units,
    organizers: roles.map((role) => role.user),
  }));
}
