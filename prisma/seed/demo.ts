import type { Db } from "@/lib/db/create-client";
import { seedDemoAgenda } from "./agenda";
import { SeedContext } from "./context";
import { DEMO_EVENT_CAPACITY, DEMO_EVENT_SLUG, seedDemoEvent, seedDemoQuotas } from "./event";
import { DEMO_ACCOUNTS, ORGANIZER_EMAIL, seedDemoRegistrations, seedDemoRoles, seedDemoUsers } from "./people";
import { formatWib } from "./schedule";
import { readDemoUnits, seedOrganization } from "./units";

// The demo data set: Ditjenpas, its Kanwils and 54 UPTs, the Rakor Humas event with quotas,
// agenda and a few participants, and one account per role. Safe to run on every start:
// - reference data (organization, Kanwils, units) follows units-demo.csv and is overwritten;
// - everything else is only created when missing, never changed. In particular an existing event
//   keeps its dates, so seeding again weeks later does not move a demo that is already in use.

export { DEMO_PASSWORD, DEMO_ACCOUNTS } from "./people";
export { DEMO_EVENT_SLUG } from "./event";

export interface SeedDemoOptions {
  /** The moment the new event's dates are computed from. Defaults to the current time. */
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedSummary {
  eventId: string;
  eventSlug: string;
  /** False when the event already existed; its dates were then left as they were. */
  eventCreated: boolean;
  eventStartsAt: Date;
  regionalOffices: number;
  units: number;
  quotas: number;
  quotaSeats: number;
  rooms: number;
  speakers: number;
  sessions: number;
  registrations: number;
  users: number;
  /** Rows this run inserted; 0 when the demo data was already complete. */
  created: number;
}

export async function seedDemo(prisma: Db, options: SeedDemoOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((line: string) => console.log(line));
  const units = await readDemoUnits();

  // One transaction, so a failure halfway leaves the database as it was rather than half seeded.
  const summary = await prisma.$transaction(
    async (tx): Promise<SeedSummary> => {
      const ctx = new SeedContext(tx);
      const organization = await seedOrganization(ctx, units);
      const userIds = await seedDemoUsers(ctx);
      const event = await seedDemoEvent(ctx, {
        organizationId: organization.organizationId,
        createdById: userIds.get(ORGANIZER_EMAIL) ?? null,
        now,
      });
      await seedDemoQuotas(ctx, event.id, units, organization.unitIds);
      await seedDemoAgenda(ctx, event);
      await seedDemoRoles(ctx, { userIds, unitIds: organization.unitIds, eventId: event.id, organizationId: organization.organizationId });
      await seedDemoRegistrations(ctx, { eventId: event.id, unitIds: organization.unitIds, userIds });

      const where = { eventId: event.id };
      const quotas = await tx.unitQuota.aggregate({ where, _count: true, _sum: { seats: true } });
      return {
        eventId: event.id,
        eventSlug: DEMO_EVENT_SLUG,
        eventCreated: event.created,
        eventStartsAt: event.startsAt,
        regionalOffices: organization.regionalOffices,
        units: organization.unitIds.size,
        quotas: quotas._count,
        quotaSeats: quotas._sum.seats ?? 0,
        rooms: await tx.room.count({ where }),
        speakers: await tx.speaker.count({ where }),
        sessions: await tx.agendaSession.count({ where }),
        registrations: await tx.registration.count({ where }),
        users: new Set(DEMO_ACCOUNTS.map((account) => account.email)).size,
        created: ctx.created,
      };
    },
    { timeout: 120_000 },
  );

  log(
    `Demo data: ${summary.eventSlug} ${summary.eventCreated ? "created" : "kept"}, starts ` +
      `${formatWib(summary.eventStartsAt)} WIB; ${summary.units} units in ${summary.regionalOffices} Kanwil, ` +
      `${summary.quotaSeats}/${DEMO_EVENT_CAPACITY} seats allotted, ${summary.sessions} sessions, ` +
      `${summary.registrations} registrations, ${summary.users} accounts; ${summary.created} rows created.`,
  );
  return summary;
}
