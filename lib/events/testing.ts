import { randomBytes } from "node:crypto";
import { demoAgenda } from "@/lib/agenda/testing";
import { eventDays } from "@/lib/attendance/days";
import type { Db } from "@/lib/db/create-client";
import { inviteCoordinator } from "@/lib/invitations/invite-coordinator";
import { inviteMember } from "@/lib/team/invite-member";
import { demoActors } from "@/lib/test/actors";
import { eventFormValues } from "./event-form-values";
import { changeEventStatus } from "./change-event-status";
import type { EventFormInput } from "./schema";

// The demo event with something of every kind an operation can change (a pending public
// registration, a check-in, outstanding coordinator invitations, a failed mail, a track). For the
// read-only tests, which archive it the way an organizer does (archiveEvent).

export const BASE_URL = "https://rakor.example.go.id";

const token = () => randomBytes(16).toString("base64url");

export async function demoEventWithEverything(prisma: Db) {
  const actors = await demoActors(prisma);
  const { event, ballroom, speakers, local } = await demoAgenda(prisma);
  const unit = (code: string) => prisma.unit.findFirstOrThrow({ where: { code } });
  const [karanganyar, semarang] = [await unit("JTG-LPKA-KRA"), await unit("JTG-LP-SMG")];
  const registrationOf = (name: string) => prisma.registration.findFirstOrThrow({ where: { eventId: event.id, name } });
  const [hendra, rina, yusuf] = [await registrationOf("Hendra Wicaksono"), await registrationOf("Rina Kartikasari"), await registrationOf("Yusuf Ramadhan")];
  const days = eventDays(event.startsAt, event.endsAt, event.timeZone);
  const day = days[0]!;

  await prisma.event.update({ where: { id: event.id }, data: { openRegistration: true } });
  const pending = await prisma.registration.create({
    data: { eventId: event.id, unitId: null, name: "Pendaftar Umum", position: "Pranata Humas", ticketToken: token(), status: "PENDING" },
  });
  const checkIn = await prisma.checkIn.create({
    data: { eventId: event.id, registrationId: yusuf.id, day: new Date(`${day}T00:00:00Z`), scope: "", checkedInAt: new Date(event.startsAt.getTime() + 3_600_000), checkedInById: actors.doorStaff.userId, clientScanId: token() },
  });
  const invite = (email: string) => inviteCoordinator({ actor: actors.organizer, eventId: event.id, unitId: semarang.id, email, baseUrl: BASE_URL });
  // One to accept, one to resend and then revoke.
  const [invitation, otherInvitation] = [await invite("calon.koordinator@uji.test"), await invite("calon.lain@uji.test")];
  const inviteDoor = (email: string) => inviteMember({ actor: actors.organizer, target: `CHECKIN_STAFF:${event.id}`, email, baseUrl: BASE_URL });
  const [accessInvitation, otherAccessInvitation] = [await inviteDoor("calon.petugas@uji.test"), await inviteDoor("calon.petugas.lain@uji.test")];
  const failedMail = await prisma.outboxEmail.create({
    data: { toAddress: "peserta@uji.test", subject: "Tiket", textBody: "Tiket Anda", kind: "ticket", eventId: event.id, status: "FAILED", attempts: 8 },
  });
  const track = await prisma.track.create({ data: { eventId: event.id, name: "Jalur Humas", color: "#336699" } });
  const session = await prisma.agendaSession.findFirstOrThrow({ where: { eventId: event.id }, orderBy: { startsAt: "asc" } });
  const spareSession = await prisma.agendaSession.findFirstOrThrow({ where: { eventId: event.id, NOT: { id: session.id } }, orderBy: { startsAt: "desc" } });
  const unusedRoom = await prisma.room.create({ data: { eventId: event.id, name: "Ruang Cadangan", sortOrder: 99 } });
  // A unit invited to the event with nobody registered: its invitation could be withdrawn.
  const emptyQuota = await prisma.unitQuota.findFirstOrThrow({
    where: { eventId: event.id, unit: { registrations: { none: { eventId: event.id } } } },
  });

  const form: EventFormInput = {
    ...eventFormValues(event),
    title: `${event.title} (koreksi)`,
    openRegistration: true,
  };

  return {
    ...actors,
    event,
    form,
    day,
    /** "yyyy-MM-ddTHH:mm" on the event's clock, `day` days after its start. */
    local,
    /** A moment inside the event's first day: scans are plausible then. */
    during: new Date(event.startsAt.getTime() + 2 * 3_600_000),
    karanganyar,
    semarang,
    hendra,
    rina,
    yusuf,
    pending,
    checkIn,
    invitation: { ...invitation, token: invitation.link.split("/").pop()! },
    otherInvitation,
    accessInvitation: { ...accessInvitation, token: accessInvitation.link.split("/").pop()! },
    otherAccessInvitation,
    failedMail,
    track,
    session,
    spareSession,
    room: ballroom,
    unusedRoom,
    speaker: speakers[0]!,
    emptyQuota,
  };
}

export type EventFixture = Awaited<ReturnType<typeof demoEventWithEverything>>;

/** Archives the event as an organizer does: published → closed → finished → archived. */
export async function archiveEvent(f: EventFixture): Promise<void> {
  for (const status of ["CLOSED", "FINISHED", "ARCHIVED"]) await changeEventStatus({ actor: f.organizer, eventId: f.event.id, status });
}

/**
 * Every table's row count and a hash of its full content: an operation that was refused must leave
 * all of them as they were (an updatedAt alone would miss a changed flag or a new audit entry).
 * Rate-limit counters are left out: an attempt counts before anything is looked up (a refused one
 * too), and they hold no event's data.
 */
export async function databaseFingerprint(prisma: Db): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename AS "name" FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'RateLimitCounter') ORDER BY tablename`;
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number; h: string }[]>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`,
    );
    result[name] = `${row!.n}:${row!.h}`;
  }
  return result;
}
