import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { getAgendaForEditor, getSessionForEditor } from "@/lib/agenda/queries";
import { createAnnouncement } from "@/lib/announcements/create-announcement";
import { listAnnouncementsForEditor } from "@/lib/announcements/queries";
import { daftarHadirFile } from "@/lib/attendance/daftar-hadir-file";
import { getLiveAttendance } from "@/lib/attendance/live";
import { getScannerData, listDoorEvents } from "@/lib/attendance/queries";
import { getAttendanceSheet } from "@/lib/attendance/sheet-data";
import { listEventAudit } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError } from "@/lib/errors/app-error";
import { inviteCoordinator } from "@/lib/invitations/invite-coordinator";
import { coordinatorsWhoNeverSignedIn, listEventCoordinators } from "@/lib/invitations/queries";
import { removeCoordinator } from "@/lib/invitations/remove-coordinator";
import { listOutboxEmails } from "@/lib/outbox/queries";
import { participantsExportResponse } from "@/lib/participants/export-response";
import { participantExportLabels, readParticipantExport } from "@/lib/participants/export-rows";
import { previewParticipantsImport } from "@/lib/participants/preview-participants-import";
import { getParticipantFilterOptions, listParticipants, listUnitsForImport } from "@/lib/participants/queries";
import { importCsv } from "@/lib/participants/testing";
import { inviteUnitsByFilter } from "@/lib/quotas/invite-units-by-filter";
import { lampiranFile } from "@/lib/quotas/lampiran-response";
import { letterFile, unitLettersZip } from "@/lib/letters/letter-files";
import { getEventLetter } from "@/lib/letters/queries";
import { getLampiranData, getQuotaSummary, listInvitedUnits, listQuotaFilterOptions, listUninvitedUnits } from "@/lib/quotas/queries";
import { setUnitQuotas } from "@/lib/quotas/set-unit-quotas";
import { getUnitRegistrations } from "@/lib/registrations/queries";
import { person } from "@/lib/registrations/testing";
import { getSpeakerForEditor, getSpeakerPhotoForEditor, listSpeakersForEditor } from "@/lib/speakers/queries";
import { setupTestDatabase } from "@/lib/test/database";
import { createOrganizer } from "@/lib/units/testing";
import messages from "@/messages/id.json";
import { seedDemo } from "@/prisma/seed/demo";
import { createEvent } from "./create-event";
import { duplicateEvent } from "./duplicate-event";
import { getEventOverview } from "./overview";
import { getEventForConsole, listEventsForConsole } from "./queries";
import { answer, eventWriteTable } from "./read-only-table";
import { BASE_URL, databaseFingerprint, demoEventWithEverything, type EventFixture } from "./testing";

// Organisations are tenants (issue 12): an organiser of one organisation who guesses the id of
// another's event, session, registration, unit, invitation or mail is told "not found", reads
// nothing of it and changes nothing. Organisation A is the demo's (Ditjenpas); B is a second one
// with its own organiser, Kanwil and unit. Every write of the read-only table is made by B's
// organiser on A's event; every console read is made by both, and A must see what B must not.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let f: EventFixture;
let outsider: Actor;
let outsiderUnitId: string;

// Taken on the token or the public address, not on anyone's organisation: the link is the credential.
const CREDENTIAL_CARRIERS = [
  "lib/invitations/accept-invitation.ts#acceptInvitation",
  "lib/team/accept-access-invitation.ts#acceptAccessInvitation",
  "lib/registrations/register-openly.ts#registerOpenly",
];
const OUTSIDER_PROVINCE = "Provinsi Organisasi B";

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  f = await demoEventWithEverything(prisma());
  // Something of every kind the reads show: an announcement, a speaker's photo, a unit not yet invited.
  await createAnnouncement({ actor: f.organizer, eventId: f.event.id, input: { body: "Registrasi ulang dibuka pukul 07.00.", sessionId: "" }, baseUrl: BASE_URL });
  await prisma().speaker.update({ where: { id: f.speaker.id }, data: { photo: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), photoType: "image/png" } });
  const { organizationId: demoOrganizationId, regionalOfficeId } = f.karanganyar;
  await prisma().unit.create({ data: { organizationId: demoOrganizationId, regionalOfficeId, code: "JTG-UJI-BARU", name: "Lapas Uji Baru", type: "LAPAS", timeZone: "Asia/Jakarta" } });

  outsider = await createOrganizer(prisma());
  const organizationId = outsider.roles[0]!.organizationId!;
  const office = await prisma().regionalOffice.create({ data: { organizationId, code: "KW-B", name: "Kanwil Organisasi B", province: OUTSIDER_PROVINCE, timeZone: "Asia/Jakarta" } });
  outsiderUnitId = (
    await prisma().unit.create({ data: { organizationId, regionalOfficeId: office.id, code: "B-BAPAS", name: "Bapas Organisasi B", type: "BAPAS", timeZone: "Asia/Jakarta" } })
  ).id;
});

/** The demo fixture with organisation B's organiser in every role: organisers may do all of it in their own organisation. */
const asOutsider = (): EventFixture => ({ ...f, organizer: outsider, coordinator: outsider, doorStaff: outsider });
const writes = eventWriteTable(prisma, asOutsider);

describe("an organiser of another organisation who guesses an event's ids", () => {
  for (const [operation, write] of Object.entries(writes)) {
    if (CREDENTIAL_CARRIERS.includes(operation)) continue;
    it(`is told not found by ${operation}, and nothing is written`, async () => {
      // Against its own snapshot, so one write that got through fails its own test, not the rest.
      const prior = await databaseFingerprint(prisma());
      expect(await answer(write)).toBe("not_found");
      expect(await databaseFingerprint(prisma())).toEqual(prior);
    });
  }

  it("cannot copy the event into their organisation, nor take a coordinator's role away from its unit", async () => {
    const prior = await databaseFingerprint(prisma());
    const copy = duplicateEvent({ actor: outsider, eventId: f.event.id, input: { title: "Salinan", slug: "salinan-tamu", startsAt: "2030-03-02T08:00" } });
    await expect(copy).rejects.toMatchObject({ code: "not_found" });
    const role = await prisma().roleAssignment.findFirstOrThrow({ where: { role: "UNIT_COORDINATOR", unitId: f.karanganyar.id } });
    await expect(removeCoordinator({ actor: outsider, unitId: f.karanganyar.id, userId: role.userId })).rejects.toMatchObject({ code: "not_found" });
    expect(await databaseFingerprint(prisma())).toEqual(prior);
  });
});

const participantLabels = participantExportLabels((key) => createTranslator({ locale: "id", messages, namespace: "participants" })(key as never));
const shown = (response: Response) => (response.status === 200 ? 1 : response.status === 404 ? 0 : -response.status);

/** Each console read, and how much of the demo event it shows (a guessed id of another organisation's event: 0). */
const READS: Record<string, (actor: Actor) => Promise<number>> = {
  "the event's console pages": async (a) => ((await getEventForConsole(a, f.event.id)) ? 1 : 0),
  "the console's list of events": async (a) => (await listEventsForConsole(a)).filter((e) => e.id === f.event.id).length,
  "the event overview": async (a) => ((await getEventOverview(a, f.event.id))?.invitedUnits ?? 0),
  "the agenda editor": async (a) => ((await getAgendaForEditor(a, f.event.id))?.sessions.length ?? 0),
  "a session's edit form": async (a) => ((await getSessionForEditor(a, f.event.id, f.session.id)) ? 1 : 0),
  "the speakers": async (a) => (await listSpeakersForEditor(a, f.event.id)).length,
  "a speaker's edit form": async (a) => ((await getSpeakerForEditor(a, f.event.id, f.speaker.id)) ? 1 : 0),
  "a speaker's photo": async (a) => ((await getSpeakerPhotoForEditor(a, f.event.id, f.speaker.id)) ? 1 : 0),
  "the announcements": async (a) => (await listAnnouncementsForEditor(a, f.event.id)).length,
  "live attendance": async (a) => ((await getLiveAttendance(a, f.event.id, f.day, null))?.registered ?? 0),
  "the daftar hadir": async (a) => ((await getAttendanceSheet(a, f.event.id, { day: f.day, sessionId: null, sheet: "onsite", absent: "list" }))?.rows.length ?? 0),
  "the daftar hadir PDF": async (a) =>
    ((await daftarHadirFile({ actor: a, eventId: f.event.id, format: "pdf", searchParams: new URLSearchParams({ day: f.day }) })) ? 1 : 0),
  "the door scanner's offline data": async (a) => (await getScannerData(a, f.event.id)).participants.length,
  "the door's list of events": async (a) => (await listDoorEvents(a)).filter((e) => e.id === f.event.id).length,
  "a unit's delegates": async (a) => ((await getUnitRegistrations(a, f.event.id, f.karanganyar.id))?.registrations.length ?? 0),
  "the participants list": async (a) => (await listParticipants(a, { eventId: f.event.id })).total,
  "the participants filter": async (a) => ((await getParticipantFilterOptions(a, f.event.id))?.units.length ?? 0),
  "the units to import for": async (a) => (await listUnitsForImport(a, f.event.id)).length,
  "the participants export": async (a) => ((await readParticipantExport({ actor: a, eventId: f.event.id, filter: {}, labels: participantLabels }))?.rows.length ?? 0),
  "the participants CSV": async (a) =>
    shown(await participantsExportResponse({ actor: a, eventId: f.event.id, format: "csv", searchParams: new URLSearchParams(), labels: participantLabels, errorText: (c) => c })),
  "an import preview": async (a) =>
    (await previewParticipantsImport({ actor: a, eventId: f.event.id, unitId: f.semarang.id, csvText: importCsv([["Peserta Pratinjau", person(990).nip, "Analis", "", "", "", "luring"]]) })).rows.length,
  "the quota summary": async (a) => ((await getQuotaSummary(a, f.event.id))?.invitedUnits ?? 0),
  "the invited units": async (a) => (await listInvitedUnits(a, { eventId: f.event.id })).total,
  "the units not yet invited": async (a) => (await listUninvitedUnits(a, { eventId: f.event.id })).total,
  "the quota filters' provinces": async (a) => (await listQuotaFilterOptions(a)).provinces.filter((p) => p !== OUTSIDER_PROVINCE).length,
  "the Lampiran": async (a) => ((await getLampiranData(a, f.event.id))?.rows.length ?? 0),
  "the Lampiran PDF": async (a) => ((await lampiranFile(a, f.event.id, "pdf")) ? 1 : 0),
  "the surat undangan": async (a) => ((await getEventLetter(a, f.event.id))?.units.length ?? 0),
  "the surat undangan DOCX": async (a) => ((await letterFile(a, f.event.id, "docx")) ? 1 : 0),
  "the letters per unit": async (a) => ((await unitLettersZip(a, f.event.id)) ? 1 : 0),
  "the event's coordinators": async (a) => (await listEventCoordinators(a, { eventId: f.event.id })).summary.invitedUnits,
  "coordinators who never signed in": async (a) => (await coordinatorsWhoNeverSignedIn(a, f.event.id)).total,
  "the outbox": async (a) => (await listOutboxEmails(a)).total,
  "the event's audit log": async (a) => (await listEventAudit(a, f.event.id, 1)).total,
};

/** What a read shows; "not found" shows nothing. */
async function amountShown(read: (actor: Actor) => Promise<number>, actor: Actor): Promise<number> {
  try {
    return await read(actor);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return 0;
    throw error;
  }
}

describe("an organiser of another organisation reads nothing of the event", () => {
  for (const [read, show] of Object.entries(READS)) {
    it(`${read}: its own organiser sees it, the other organisation's sees nothing`, async () => {
      expect(await amountShown(show, f.organizer)).toBeGreaterThan(0);
      expect(await amountShown(show, outsider)).toBe(0);
    });
  }

  it("the outsider's own organisation is still theirs: a new event lands in it and appears in their console only", async () => {
    const created = await createEvent({ actor: outsider, input: { ...f.form, title: "Rakor Organisasi B", slug: "rakor-organisasi-b" } });
    const event = await prisma().event.findUniqueOrThrow({ where: { id: created.id } });
    expect(event.organizationId).toBe(outsider.roles[0]!.organizationId);
    expect((await listEventsForConsole(outsider)).map((e) => e.id)).toEqual([created.id]);
    expect((await listEventsForConsole(f.organizer)).map((e) => e.id)).not.toContain(created.id);
    expect(await getEventForConsole(f.organizer, created.id)).toBeNull();
  });
});

describe("another organisation's unit cannot be brought into an event", () => {
  it("an organiser who names another organisation's unit is told it is unknown, and no quota or invitation is written", async () => {
    const fingerprint = await databaseFingerprint(prisma());
    const quota = await answer({ call: () => setUnitQuotas({ actor: f.organizer, eventId: f.event.id, entries: [{ unitId: outsiderUnitId, seats: 2 }], confirmOverAllocation: true }) });
    expect(quota).toBe("invalid_input");
    const invite = (eventId: string | null) => inviteCoordinator({ actor: f.organizer, eventId, unitId: outsiderUnitId, email: "operator.b@uji.test", baseUrl: BASE_URL });
    await expect(invite(f.event.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(invite(null)).rejects.toMatchObject({ code: "not_found" });
    expect((await listUninvitedUnits(f.organizer, { eventId: f.event.id, search: "Organisasi B" })).total).toBe(0);
    expect(await databaseFingerprint(prisma())).toEqual(fingerprint);
  });

  it("inviting every unit of a type invites only the event's organisation's units of that type", async () => {
    const result = await inviteUnitsByFilter({ actor: f.organizer, eventId: f.event.id, type: "BAPAS", seats: 1, confirmOverAllocation: true });
    expect(result.created + result.updated + result.unchanged).toBeGreaterThan(0);
    expect(await prisma().unitQuota.count({ where: { unitId: outsiderUnitId } })).toBe(0);
  });
});
