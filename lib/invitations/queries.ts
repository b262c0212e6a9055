import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { INVITATION_READ_PERMISSION } from "./permission";
import { invitationStatus } from "./status";
import { findInvitationByToken } from "./token-invitation";

export const COORDINATOR_PAGE_SIZE = 20;
const INVITATIONS_SHOWN_PER_UNIT = 10;

/**
 * What /invite/<token> may show about its own invitation. Public: the token is the credential, and
 * only a usable (pending) link reveals the unit and event. "account" tells the page which form to
 * show: a new password, or "sign in first" for an address that already has one.
 */
export async function getInvitationForToken(token: string, actor: Actor | null = null, now: Date = new Date()) {
  const invitation = await findInvitationByToken(token, now);
  if (!invitation) return { status: "unknown" as const };
  if (invitation.status !== "pending") return { status: invitation.status };
  const account = invitation.account;
  return {
    status: "pending" as const,
    email: invitation.email,
    name: account?.name ?? invitation.name ?? "",
    unitName: invitation.unitName,
    eventTitle: invitation.eventTitle,
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

export type InvitationForToken = Awaited<ReturnType<typeof getInvitationForToken>>;

export interface ListEventCoordinatorsOptions {
  eventId: string;
  /** Part of the unit's name, code, city or province. */
  search?: string;
  /** Only units that have no active coordinator yet. */
  withoutCoordinator?: boolean;
  page?: number;
  pageSize?: number;
  now?: Date;
}

const coordinatorRole = { role: "UNIT_COORDINATOR" as const, user: { active: true } };

/**
 * The invited units of an event, each with its coordinators and its invitations, one page at a
 * time. A fixed number of queries whatever the page holds (Prisma batches the nested reads).
 */
export async function listEventCoordinators(actor: Actor | null, options: ListEventCoordinatorsOptions) {
  const organizationId = organizationScope(actor, INVITATION_READ_PERMISSION);
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? COORDINATOR_PAGE_SIZE;
  const search = options.search?.trim().slice(0, 100);
  const unitFilter: Prisma.UnitWhereInput = {
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { code: { contains: search, mode: "insensitive" } },
            { city: { contains: search, mode: "insensitive" } },
            { regionalOffice: { province: { contains: search, mode: "insensitive" } } },
          ],
        }
      : {}),
    ...(options.withoutCoordinator ? { roles: { none: coordinatorRole } } : {}),
  };
  const ofEvent = { eventId: options.eventId, event: { organizationId } };
  const where: Prisma.UnitQuotaWhereInput = { ...ofEvent, unit: unitFilter };

  const [total, invitedUnits, unitsWithoutCoordinator, pendingInvitations] = await Promise.all([
    db.unitQuota.count({ where }),
    db.unitQuota.count({ where: ofEvent }),
    db.unitQuota.count({ where: { ...ofEvent, unit: { roles: { none: coordinatorRole } } } }),
    db.coordinatorInvitation.count({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now }, unit: { quotas: { some: ofEvent } } },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const quotas = await db.unitQuota.findMany({
    where,
    orderBy: [{ unit: { name: "asc" } }, { unitId: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      unit: {
        select: {
          id: true,
          code: true,
          name: true,
          regionalOffice: { select: { province: true } },
          roles: {
            where: { role: "UNIT_COORDINATOR" },
            orderBy: { createdAt: "asc" },
            select: { user: { select: { id: true, name: true, email: true, active: true, lastSignInAt: true } } },
          },
          invitations: {
            orderBy: { createdAt: "desc" },
            take: INVITATIONS_SHOWN_PER_UNIT,
            select: { id: true, email: true, name: true, expiresAt: true, acceptedAt: true, revokedAt: true, createdAt: true },
          },
        },
      },
    },
  });

  return {
    units: quotas.map(({ unit }) => ({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      province: unit.regionalOffice.province,
      coordinators: unit.roles.map((r) => r.user),
      invitations: unit.invitations.map((inv) => ({ ...inv, status: invitationStatus(inv, now) })),
    })),
    total,
    page,
    pageCount,
    summary: { invitedUnits, unitsWithoutCoordinator, pendingInvitations },
  };
}

export type EventCoordinatorUnit = Awaited<ReturnType<typeof listEventCoordinators>>["units"][number];

/**
 * Coordinators of the event's invited units who have never signed in, for the event overview:
 * the units whose operator may not have seen their invitation. One row per unit and person.
 */
export async function coordinatorsWhoNeverSignedIn(actor: Actor | null, eventId: string, options: { limit?: number } = {}) {
  const organizationId = organizationScope(actor, INVITATION_READ_PERMISSION);
  const where: Prisma.RoleAssignmentWhereInput = {
    role: "UNIT_COORDINATOR",
    unit: { quotas: { some: { eventId, event: { organizationId } } } },
    user: { active: true, lastSignInAt: null },
  };
  const [total, roles] = await Promise.all([
    db.roleAssignment.count({ where }),
    db.roleAssignment.findMany({
      where,
      orderBy: [{ unit: { name: "asc" } }, { createdAt: "asc" }],
      take: options.limit ?? 50,
      select: {
        user: { select: { id: true, name: true, email: true } },
        unit: { select: { id: true, code: true, name: true } },
        createdAt: true,
      },
    }),
  ]);
  return {
    total,
    coordinators: roles.flatMap((r) => (r.unit ? [{ ...r.user, unit: r.unit, coordinatorSince: r.createdAt }] : [])),
  };
}
