import { randomUUID } from "node:crypto";
import { cancelSession } from "@/lib/agenda/cancel-session";
import { lockAgendaEvent } from "@/lib/agenda/agenda-event";
import { createSession } from "@/lib/agenda/create-session";
import { deleteRoom } from "@/lib/agenda/delete-room";
import { deleteSession } from "@/lib/agenda/delete-session";
import { deleteTrack } from "@/lib/agenda/delete-track";
import { saveRoom } from "@/lib/agenda/save-room";
import { saveTrack } from "@/lib/agenda/save-track";
import { sessionForm } from "@/lib/agenda/testing";
import { updateSession } from "@/lib/agenda/update-session";
import { createAnnouncement } from "@/lib/announcements/create-announcement";
import { checkInAttendee } from "@/lib/attendance/check-in-attendee";
import { saveLetter } from "@/lib/letters/save-letter";
import { markOnlinePresent } from "@/lib/attendance/mark-online-present";
import { recordScan } from "@/lib/attendance/record-scan";
import { saveSignature } from "@/lib/attendance/save-signature";
import { clearAttendanceSignOff } from "@/lib/attendance/clear-attendance-sign-off";
import { setAttendanceSignOff } from "@/lib/attendance/set-attendance-sign-off";
import { setSignatureRequirement } from "@/lib/attendance/set-signature-requirement";
import { syncCheckIns, type SyncedScan } from "@/lib/attendance/sync-check-ins";
import { undoCheckIn } from "@/lib/attendance/undo-check-in";
import { markBadgesPrinted } from "@/lib/badges/mark-badges-printed";
import type { Db } from "@/lib/db/create-client";
import { isAppError } from "@/lib/errors/app-error";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { inviteCoordinator } from "@/lib/invitations/invite-coordinator";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { retryOutboxEmail } from "@/lib/outbox/retry-outbox-email";
import { importParticipants } from "@/lib/participants/import-participants";
import { importCsv } from "@/lib/participants/testing";
import { inviteUnitsByFilter } from "@/lib/quotas/invite-units-by-filter";
import { lockEventForQuotaChange } from "@/lib/quotas/quota-changes";
import { removeUnitInvitation } from "@/lib/quotas/remove-unit-invitation";
import { setUnitQuotas } from "@/lib/quotas/set-unit-quotas";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { decideRegistration } from "@/lib/registrations/decide-registration";
import { registerOpenly } from "@/lib/registrations/register-openly";
import { registerParticipant } from "@/lib/registrations/register-participant";
import { lockSeats } from "@/lib/registrations/registration-rules";
import { replaceParticipant } from "@/lib/registrations/replace-participant";
import { seatRegistration } from "@/lib/registrations/seat-registration";
import { person } from "@/lib/registrations/testing";
import { updateParticipant } from "@/lib/registrations/update-participant";
import { resetPressRelease } from "@/lib/reports/reset-press-release";
import { savePressRelease } from "@/lib/reports/save-press-release";
import { deleteSpeaker } from "@/lib/speakers/delete-speaker";
import { saveSpeaker } from "@/lib/speakers/save-speaker";
import { setSpeakerPhoto } from "@/lib/speakers/set-speaker-photo";
import { acceptAccessInvitation } from "@/lib/team/accept-access-invitation";
import { inviteMember } from "@/lib/team/invite-member";
import { resendAccessInvitation } from "@/lib/team/resend-access-invitation";
import { revokeAccessInvitation } from "@/lib/team/revoke-access-invitation";
import { changeEventStatus } from "./change-event-status";
import { lockEvent } from "./lock-event";
import { reachOf } from "./reach";
import { BASE_URL, type EventFixture } from "./testing";
import { updateEvent } from "./update-event";

// For the read-only tests: every write that belongs to an event, keyed "file#export" as the
// enumeration in read-only.test.ts finds them, each called with input that a live event accepts,
// by someone allowed to make it. Listed in an order in which all of them succeed one after the
// other on the live event (read-only-control.test.ts proves it), so a refusal of the archived
// event cannot be a refusal of bad input.

export interface Write {
  call: () => Promise<unknown>;
  /** What the archived event answers, when not read_only. */
  archived?: string;
  /** A lock taken for the operation that follows: it writes no row even on a live event. */
  locksOnly?: true;
  /** How an operation that answers instead of throwing tells its outcome. */
  answerOf?: (value: unknown) => string;
}

/** The code an operation was refused with, or "accepted" when it went through. */
export async function answer(write: Write): Promise<string> {
  try {
    const value = await write.call();
    return write.answerOf ? write.answerOf(value) : "accepted";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(120, 1)]).toString("base64");
const REASON = "koreksi data peserta";
const LETTER = {
  number: "", nature: "Biasa", attachment: "1 (satu) berkas", subject: "Undangan Rapat Koordinasi", letterDate: "2026-12-01", place: "Jakarta",
  addressees: "Kepala UPT Pemasyarakatan se-Indonesia", opening: "Dengan hormat,", agenda: "Rapat koordinasi", dressCode: "PDH", travelCosts: "DIPA masing-masing.",
  contacts: "Panitia – 0812", closing: "Terima kasih.", signatoryTitle: "Ketua Panitia,", signatoryName: "Lestārī Wulandarī", signatoryNip: "", copies: "",
};
const scanOutcome = (value: unknown) => ((value as { kind: string }).kind === "refused" ? "refused" : "accepted");

/** Built before the database exists (the tests need its keys), so the fixture is read only when called. */
export function eventWriteTable(prisma: () => Db, fixture: () => EventFixture): Record<string, Write> {
  const f = fixture;
  const inTx = (work: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<unknown>) => () => prisma().$transaction(work);
  const scan = () => ({ clientScanId: randomUUID(), ticket: f().hendra.ticketToken, day: f().day, device: "Pintu 1" });
  const bare = { rank: null, notes: null, email: null, phone: null, attendanceMode: "ON_SITE" as const };

  return {
    "lib/attendance/check-in-attendee.ts#checkInAttendee": {
      call: () => checkInAttendee({ actor: f().doorStaff, eventId: f().event.id, ...scan(), now: f().during }),
      answerOf: scanOutcome,
    },
    "lib/attendance/record-scan.ts#recordScan": {
      call: () => recordScan({ actor: f().doorStaff, eventId: f().event.id, ...scan(), ticket: f().rina.ticketToken, sessionId: null, scannedAt: f().during, device: null, mode: "ON_SITE" }),
      answerOf: scanOutcome,
    },
    // A door device's offline queue is answered scan by scan, so the device can drop what was refused.
    "lib/attendance/sync-check-ins.ts#syncCheckIns": {
      call: () => syncCheckIns({ actor: f().doorStaff, eventId: f().event.id, scans: [scan(), scan()], now: f().during }),
      answerOf: (results) => [...new Set((results as SyncedScan[]).map((r) => (r.ok ? scanOutcome(r.result) : r.error)))].join(","),
    },
    "lib/attendance/save-signature.ts#saveSignature": { call: () => saveSignature({ actor: f().doorStaff, eventId: f().event.id, checkInId: f().checkIn.id, png: PNG }) },
    "lib/attendance/undo-check-in.ts#undoCheckIn": { call: () => undoCheckIn({ actor: f().organizer, eventId: f().event.id, checkInId: f().checkIn.id }) },
    "lib/attendance/set-signature-requirement.ts#setSignatureRequirement": { call: () => setSignatureRequirement({ actor: f().organizer, eventId: f().event.id, required: true }) },
    "lib/attendance/set-attendance-sign-off.ts#setAttendanceSignOff": {
      call: () => setAttendanceSignOff({ actor: f().organizer, eventId: f().event.id, input: { roleLines: "Mengetahui,\nKetua Panitia", name: "Supriyanto", nip: "", place: "Jakarta" } }),
    },
    "lib/attendance/clear-attendance-sign-off.ts#clearAttendanceSignOff": { call: () => clearAttendanceSignOff({ actor: f().organizer, eventId: f().event.id }) },
    "lib/attendance/mark-online-present.ts#markOnlinePresent": {
      call: () => markOnlinePresent({ actor: f().organizer, eventId: f().event.id, registrationId: f().yusuf.id, day: f().day, sessionId: f().session.id }),
      answerOf: scanOutcome,
    },

    "lib/agenda/agenda-event.ts#lockAgendaEvent": { locksOnly: true, call: inTx((tx) => lockAgendaEvent(tx, f().event.id, reachOf(f().organizer, "agenda:manage"))) },
    "lib/agenda/create-session.ts#createSession": { call: () => createSession({ actor: f().organizer, eventId: f().event.id, input: sessionForm({ startsAt: f().local(0, "20:00"), endsAt: f().local(0, "21:00") }), confirmWarnings: true }) },
    "lib/agenda/update-session.ts#updateSession": {
      call: () => updateSession({ actor: f().organizer, eventId: f().event.id, sessionId: f().session.id, input: sessionForm({ title: "Sesi Diubah", startsAt: f().local(1, "20:00"), endsAt: f().local(1, "21:00") }), confirmWarnings: true }),
    },
    "lib/agenda/cancel-session.ts#cancelSession": { call: () => cancelSession({ actor: f().organizer, eventId: f().event.id, sessionId: f().session.id, cancelled: !f().session.cancelled }) },
    "lib/agenda/delete-session.ts#deleteSession": { call: () => deleteSession({ actor: f().organizer, eventId: f().event.id, sessionId: f().spareSession.id }) },
    "lib/agenda/save-room.ts#saveRoom": { call: () => saveRoom({ actor: f().organizer, eventId: f().event.id, roomId: f().room.id, input: { name: "Ballroom Utama", capacity: "", sortOrder: "1" } }) },
    "lib/agenda/delete-room.ts#deleteRoom": { call: () => deleteRoom({ actor: f().organizer, eventId: f().event.id, roomId: f().unusedRoom.id }) },
    "lib/agenda/save-track.ts#saveTrack": { call: () => saveTrack({ actor: f().organizer, eventId: f().event.id, input: { name: "Jalur Baru", color: "" } }) },
    "lib/agenda/delete-track.ts#deleteTrack": { call: () => deleteTrack({ actor: f().organizer, eventId: f().event.id, trackId: f().track.id }) },
    "lib/speakers/save-speaker.ts#saveSpeaker": {
      call: () => saveSpeaker({ actor: f().organizer, eventId: f().event.id, speakerId: f().speaker.id, input: { name: "Nama Baru", title: "", organization: "", bio: "" } }),
    },
    "lib/speakers/set-speaker-photo.ts#setSpeakerPhoto": { call: () => setSpeakerPhoto({ actor: f().organizer, eventId: f().event.id, speakerId: f().speaker.id, photo: null }) },
    "lib/speakers/delete-speaker.ts#deleteSpeaker": { call: () => deleteSpeaker({ actor: f().organizer, eventId: f().event.id, speakerId: f().speaker.id }) },
    "lib/announcements/create-announcement.ts#createAnnouncement": {
      call: () => createAnnouncement({ actor: f().organizer, eventId: f().event.id, input: { body: "Sesi pagi dimulai pukul 09.00.", sessionId: "" }, baseUrl: BASE_URL }),
    },

    "lib/team/invite-member.ts#inviteMember": {
      call: () => inviteMember({ actor: f().organizer, target: `CHECKIN_STAFF:${f().event.id}`, email: "petugas.baru@uji.test", baseUrl: BASE_URL }),
    },
    "lib/team/accept-access-invitation.ts#acceptAccessInvitation": {
      call: () => acceptAccessInvitation({ token: f().accessInvitation.token, ip: "192.0.2.8", name: "Calon Petugas", password: "RahasiaSekali2024!", passwordConfirmation: "RahasiaSekali2024!" }),
    },
    "lib/team/resend-access-invitation.ts#resendAccessInvitation": {
      call: () => resendAccessInvitation({ actor: f().organizer, invitationId: f().otherAccessInvitation.invitationId, baseUrl: BASE_URL }),
    },
    "lib/team/revoke-access-invitation.ts#revokeAccessInvitation": {
      call: () => revokeAccessInvitation({ actor: f().organizer, invitationId: f().otherAccessInvitation.invitationId }),
    },
    "lib/invitations/invite-coordinator.ts#inviteCoordinator": {
      call: () => inviteCoordinator({ actor: f().organizer, eventId: f().event.id, unitId: f().karanganyar.id, email: "koordinator.baru@uji.test", baseUrl: BASE_URL }),
    },
    "lib/invitations/accept-invitation.ts#acceptInvitation": {
      call: () => acceptInvitation({ token: f().invitation.token, ip: "192.0.2.7", name: "Calon Koordinator", password: "RahasiaSekali2024!", passwordConfirmation: "RahasiaSekali2024!" }),
    },
    "lib/invitations/resend-invitation.ts#resendInvitation": { call: () => resendInvitation({ actor: f().organizer, invitationId: f().otherInvitation.invitationId, baseUrl: BASE_URL }) },
    "lib/invitations/revoke-invitation.ts#revokeInvitation": { call: () => revokeInvitation({ actor: f().organizer, invitationId: f().otherInvitation.invitationId }) },
    "lib/outbox/retry-outbox-email.ts#retryOutboxEmail": { call: () => retryOutboxEmail({ actor: f().organizer, emailId: f().failedMail.id }) },

    "lib/quotas/quota-changes.ts#lockEventForQuotaChange": { locksOnly: true, call: inTx((tx) => lockEventForQuotaChange(tx, f().event.id, reachOf(f().organizer, "quota:manage"))) },
    "lib/quotas/set-unit-quotas.ts#setUnitQuotas": { call: () => setUnitQuotas({ actor: f().organizer, eventId: f().event.id, entries: [{ unitId: f().semarang.id, seats: 9 }], confirmOverAllocation: true }) },
    "lib/quotas/remove-unit-invitation.ts#removeUnitInvitation": { call: () => removeUnitInvitation({ actor: f().organizer, eventId: f().event.id, unitId: f().emptyQuota.unitId }) },
    "lib/quotas/invite-units-by-filter.ts#inviteUnitsByFilter": { call: () => inviteUnitsByFilter({ actor: f().organizer, eventId: f().event.id, type: "BAPAS", seats: 1, confirmOverAllocation: true }) },

    "lib/registrations/registration-rules.ts#lockSeats": {
      locksOnly: true,
      call: inTx((tx) => lockSeats(tx, { reach: reachOf(f().organizer, "registration:manage-any"), eventId: f().event.id, unitId: f().karanganyar.id, asOrganizer: true, overrideReason: REASON, now: new Date() })),
    },
    "lib/registrations/seat-registration.ts#seatRegistration": {
      call: inTx((tx) =>
        seatRegistration(tx, { actor: f().organizer, reach: reachOf(f().organizer, "registration:manage-any"), eventId: f().event.id, unitId: f().semarang.id, person: { ...person(905), ...bare }, asOrganizer: true, overrideReason: REASON, joinWaitlist: true, now: new Date() }),
      ),
    },
    "lib/registrations/register-participant.ts#registerParticipant": {
      call: () => registerParticipant({ actor: f().coordinator, eventId: f().event.id, unitId: f().karanganyar.id, input: person(901), joinWaitlist: true }),
    },
    "lib/registrations/update-participant.ts#updateParticipant": {
      call: () => updateParticipant({ actor: f().coordinator, registrationId: f().hendra.id, input: { ...person(902), name: "Hendra W." } }),
    },
    "lib/registrations/replace-participant.ts#replaceParticipant": { call: () => replaceParticipant({ actor: f().coordinator, registrationId: f().hendra.id, input: person(904) }) },
    "lib/registrations/cancel-registration.ts#cancelRegistration": { call: () => cancelRegistration({ actor: f().coordinator, registrationId: f().rina.id }) },
    "lib/registrations/decide-registration.ts#decideRegistration": {
      call: () => decideRegistration({ actor: f().organizer, registrationId: f().pending.id, input: { decision: "approve" }, baseUrl: BASE_URL }),
    },
    // The public form of an archived event is gone (archived events are off the public pages), so
    // an anonymous caller is told what they would be told of an event that never existed.
    "lib/registrations/register-openly.ts#registerOpenly": { archived: "not_found", call: () => registerOpenly({ slug: f().event.slug, input: person(903), baseUrl: BASE_URL }) },
    "lib/participants/import-participants.ts#importParticipants": {
      call: () => importParticipants({ actor: f().organizer, eventId: f().event.id, unitId: f().semarang.id, csvText: importCsv([["Peserta Impor Arsip", person(906).nip, "Pranata Humas", "", "", "", "luring"]]), overrideReason: REASON }),
    },

    "lib/badges/mark-badges-printed.ts#markBadgesPrinted": {
      call: () => markBadgesPrinted({ actor: f().organizer, eventId: f().event.id, filter: { unit: "", status: "confirmed", printed: "no" }, asOf: new Date() }),
    },
    "lib/letters/save-letter.ts#saveLetter": {
      call: () => saveLetter({ actor: f().organizer, eventId: f().event.id, input: { ...LETTER, number: "PAS-HM.01.02-001" } }),
    },
    "lib/reports/save-press-release.ts#savePressRelease": {
      call: () => savePressRelease({ actor: f().organizer, eventId: f().event.id, input: { title: "Siaran Pers Rakor", body: "JAKARTA – Isi siaran pers." } }),
    },
    "lib/reports/reset-press-release.ts#resetPressRelease": { call: () => resetPressRelease({ actor: f().organizer, eventId: f().event.id }) },

    "lib/events/lock-event.ts#lockEvent": { locksOnly: true, call: inTx((tx) => lockEvent(tx, f().event.id, reachOf(f().organizer, "event:manage"))) },
    "lib/events/update-event.ts#updateEvent": { call: () => updateEvent({ actor: f().organizer, eventId: f().event.id, input: f().form }) },
    // Last: on the live event it closes registration. Archiving is final (no way back).
    "lib/events/change-event-status.ts#changeEventStatus": { call: () => changeEventStatus({ actor: f().organizer, eventId: f().event.id, status: "CLOSED" }) },
  };
}
