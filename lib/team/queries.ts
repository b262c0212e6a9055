import "server-only";
import { can, organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invitationStatus } from "@/lib/invitations/status";
import { roleInOrganization } from "./scope";
import { findAccessInvitationByToken } from "./token-access-invitation";

export const TEAM_PAGE_SIZE = 50;
const INVITATIONS_SHOWN = 30;

const roleSelect = {
  id: true,
  role: true,
  expiresAt: true,
  unit: { select: { id: true, name: true } },
  event: { select: { id: true, title: true } },
} satisfies Prisma.RoleAssignmentSelect;

const invitationSelect = {
  id: true,
  role: true,
  email: true,
  name: true,
  roleExpiresAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
  event: { select: { id: true, title: true } },
} satisfies Prisma.AccessInvitationSelect;

/**
 * "Tim & akses": everyone with a role in the organiser's organisation, each with those roles (an
 * installation admin also sees who administers the installation), the invitations not yet accepted,
 * and what a role can be changed to (the organisation's events and units).
 */
export async function listTeam(actor: Actor | null, options: { search?: string; page?: number; now?: Date } = {}) {
  const organizationId = organizationScope(actor, "team:manage");
  const now = options.now ?? new Date();
  const inOrganization = roleInOrganization(organizationId);
  const shownRoles: Prisma.RoleAssignmentWhereInput = can(actor, "installation:manage") ? { OR: [inOrganization, { role: "ADMIN" }] } : inOrganization;
  const search = options.search?.trim().slice(0, 100);
  const where: Prisma.UserWhereInput = {
    roles: { some: inOrganization },
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } : {}),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TEAM_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const [organization, people, invitations, events, units] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, timeZone: true } }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * TEAM_PAGE_SIZE,
      take: TEAM_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        lastSignInAt: true,
        roles: { where: shownRoles, orderBy: [{ role: "asc" }, { createdAt: "asc" }], select: roleSelect },
        // An account that also serves elsewhere is not this organisation's to switch off.
        _count: { select: { roles: { where: { NOT: inOrganization } } } },
      },
    }),
    db.accessInvitation.findMany({
      where: { organizationId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      take: INVITATIONS_SHOWN,
      select: invitationSelect,
    }),
    db.event.findMany({
      where: { organizationId, status: { not: "ARCHIVED" } },
      orderBy: { startsAt: "desc" },
      select: { id: true, title: true, endsAt: true },
    }),
    db.unit.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    organization,
    people: people.map(({ _count, ...p }) => ({
      ...p,
      usedElsewhere: _count.roles > 0,
      roles: p.roles.map((r) => ({ ...r, expired: r.expiresAt !== null && r.expiresAt <= now })),
    })),
    invitations: invitations.map((inv) => ({ ...inv, status: invitationStatus(inv, now) })),
    events,
    units,
    total,
    page,
    pageCount,
  };
}

export type TeamPerson = Awaited<ReturnType<typeof listTeam>>["people"][number];
export type TeamInvitation = Awaited<ReturnType<typeof listTeam>>["invitations"][number];

/** The door staff of one of the organisation's events and the invitations to that door; null for another organisation's event. */
export async function listEventDoorStaff(actor: Actor | null, eventId: string, now: Date = new Date()) {
  const organizationId = organizationScope(actor, "team:manage");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: { id: true, title: true, endsAt: true, status: true, timeZone: true } });
  if (!event) return null;
  const [roles, invitations] = await Promise.all([
    db.roleAssignment.findMany({
      where: { role: "CHECKIN_STAFF", eventId: event.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, expiresAt: true, user: { select: { id: true, name: true, email: true, active: true, lastSignInAt: true } } },
    }),
    db.accessInvitation.findMany({
      where: { organizationId, role: "CHECKIN_STAFF", eventId: event.id, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      take: INVITATIONS_SHOWN,
      select: invitationSelect,
    }),
  ]);
  return {
    event,
    staff: roles.map((r) => ({ ...r, expired: r.expiresAt !== null && r.expiresAt <= now })),
    invitations: invitations.map((inv) => ({ ...inv, status: invitationStatus(inv, now) })),
  };
}

/**
 * What /invite/<token> may show about an access invitation (public, like a coordinator's): only a
 * pending link reveals the organisation and event; "account" says which form to show.
 */
export async function getAccessInvitationForToken(token: string, actor: Actor | null = null, now: Date = new Date()) {
  const invitation = await findAccessInvitationByToken(token, now);
  if (!invitation) return null;
  if (invitation.status !== "pending") return { status: invitation.status };
  const account = invitation.account;
  return {
    status: "pending" as const,
    role: invitation.role,
    organizationName: invitation.organizationName,
    eventTitle: invitation.eventTitle,
    roleExpiresAt: invitation.roleExpiresAt,
    email: invitation.email,
    name: account?.name ?? invitation.name ?? "",
    expiresAt: invitation.expiresAt,
    timeZone: invitation.timeZone,
    account: !account
      ? ("new" as const)
      : !account.active
        ? ("inactive" as const)
        : !account.hasPassword
          ? ("needsPassword" as const)
          : actor?.userId === account.id
            ? ("signedIn" as const)
            : ("signInFirst" as const),
  };
}
