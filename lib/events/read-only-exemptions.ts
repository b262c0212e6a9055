// For lib/events/read-only.test.ts: which exported names count as writes, and the writes that
// need no read-only guard of their own, each with the reason. Anything else that writes must be in
// that test's table, proven to refuse an archived event.

export const WRITE_VERB =
  /^(accept|add|apply|approve|archive|assign|cancel|change|check|clear|close|create|decide|delete|deliver|duplicate|edit|enqueue|grant|import|insert|invite|issue|lock|mark|migrate|move|open|promote|prune|publish|purge|put|record|register|reject|remove|replace|reset|restore|resend|retry|revoke|save|seat|send|set|sign|start|store|submit|sync|toggle|undo|update|upload|upsert|write)(?=[A-Z]|$)/;

const HELPER = "a step inside an operation listed in the test's table, run in its transaction after the guard";
const CHECK = "a pure check or parse that writes nothing";
const INFRA = "database or process infrastructure, not a business operation on any event";
const ACCOUNT = "a user's own account, password or sessions, which belong to no event";

export const NOT_TIED_TO_AN_EVENT: Record<string, string> = {
  "lib/documents/pdf.ts#createPdf": "starts a PDF in memory; printing an archived event's documents is what archives are for",
  "lib/documents/docx.ts#createDocx": "starts a DOCX in memory; printing an archived event's documents is what archives are for",
  "lib/events/create-event.ts#createEvent": "creates a new event: there is no existing event to protect",
  "lib/events/duplicate-event.ts#duplicateEvent":
    "only reads the source event and writes a new draft (its audit entry belongs to the copy); copying last year's archived meeting is how this year's starts",
  "lib/invitations/remove-coordinator.ts#removeCoordinator":
    "a coordinator role belongs to the unit, not to an event (the event id is only the page it was done from); taking access away must stay possible",
  "lib/team/remove-role.ts#removeRole":
    "a role belongs to a person in the organisation (a door staffer's names the event only as its scope); taking access away must stay possible after the archiving",
  "lib/team/change-role.ts#changeRole":
    "moves a person's role within the organisation; a new door-staff role is refused for an archived event by assertEventWritable, and taking the old one away must stay possible",
  "lib/team/set-account-active.ts#setAccountActive": "switches a person's account off or on; an account belongs to no event",
  "lib/team/scope.ts#lockOrganization": "locks an organisation row, which owns the events but belongs to none of them",
  "lib/team/invite-member.ts#issueAccessInvitation":
    "a step inside inviteMember (in the table, which guards a door-staff invitation's event first) and createOrganization (no event yet)",
  "lib/organizations/create-organization.ts#createOrganization": "creates a new organisation: it has no events yet",
  "lib/organizations/update-organization.ts#updateOrganization": "the organisation's letterhead, shared by all its events",
  "lib/organizations/set-organization-logo.ts#setOrganizationLogo": "the organisation's logo, shared by all its events",
  "lib/organizations/create-installation-admin.ts#createInstallationAdmin": "the command line's first administrator of the installation; no event",
  "lib/auth/sign-in-page-policy.ts#signInPagePolicy": CHECK,
  "lib/invitations/guards.ts#lockUnit": "locks a unit row, which belongs to the units catalogue, not to an event",
  "lib/invitations/token.ts#createInvitationToken": "makes random bytes; writes nothing",
  "lib/units/create-unit.ts#createUnit": "the units catalogue is the organisation's, shared by all its events",
  "lib/units/update-unit.ts#updateUnit": "the units catalogue is the organisation's, shared by all its events",
  "lib/units/import-units.ts#importUnits": "the units catalogue is the organisation's, shared by all its events",
  "lib/outbox/deliver-pending-emails.ts#deliverPendingEmails":
    "the background sender delivers mail already queued (before the archiving); it changes only the outbox row's delivery state",
  "lib/outbox/deliver-pending-emails.ts#retryDelayMs": "computes a delay; writes nothing",
  "lib/outbox/sender.ts#startOutboxSender": INFRA,
  "lib/registrations/submit-open-registration.ts#submitOpenRegistration":
    "the public form's checks (proof of work, limits) around registerOpenly, which is in the table: an archived event is not found there before anything is registered or mailed",
  "lib/rate-limit/prune-rate-limits.ts#pruneRateLimits": "drops expired rate-limit counters, which belong to no event",
  "lib/registrations/open-registration-challenge.ts#openRegistrationChallenge": "makes a signed proof-of-work challenge; writes nothing",
  "lib/actions/action-client.ts#createActionClient": "builds the server-action wrapper; the operations it runs are in the table",
  "lib/outbox/enqueue-email.ts#enqueueEmail": HELPER,
  "lib/tickets/enqueue-ticket-email.ts#enqueueTicketEmail": HELPER,
  "lib/audit/record-audit.ts#recordAudit": HELPER,
  "lib/audit/record-audit.ts#recordAudits": HELPER,
  "lib/quotas/quota-changes.ts#lockUnitQuotas": `${HELPER} (called after lockEventForQuotaChange or lockSeats)`,
  "lib/quotas/quota-changes.ts#applyQuotaTargets": `${HELPER} (called after lockEventForQuotaChange)`,
  "lib/registrations/insert-if-seat.ts#insertIfSeat": `${HELPER} (called by seatRegistration after lockEvent)`,
  "lib/registrations/promote-waitlist.ts#promoteFromWaitlist": `${HELPER} (called with the event locked by lockEvent)`,
  "lib/speakers/photo-route.ts#uploadSpeakerPhoto": "the upload route's handler; the write is setSpeakerPhoto, in the test's table",
  "lib/registrations/registration-rules.ts#checkRegistrationWindow": CHECK,
  "lib/registrations/registration-rules.ts#duplicatePersonError": CHECK,
  "lib/attendance/scan-context.ts#checkDayAndSession": CHECK,
  "lib/participants/check-rows.ts#checkParticipantRows": CHECK,
  "lib/participants/event-checks.ts#checkRowsAgainstEvent": CHECK,
  "lib/units/check-rows.ts#checkUnitRows": CHECK,
  "lib/units/retry-on-conflict.ts#retryOnConflict": "retries a units-catalogue write; not tied to an event",
  "lib/validation/zod.ts#issueKey": CHECK,
  "lib/accounts/change-password.ts#changePassword": ACCOUNT,
  "lib/accounts/current-password.ts#checkCurrentPassword": `${ACCOUNT}; counts a rate-limit hit and writes nothing else`,
  "lib/accounts/reset-password.ts#resetPassword": ACCOUNT,
  "lib/accounts/sign-out-everywhere.ts#signOutEverywhere": ACCOUNT,
  "lib/accounts/update-account-profile.ts#updateAccountProfile": ACCOUNT,
  "lib/auth/user-sessions.ts#startUserSession": `${ACCOUNT} (a sign-in's session row)`,
  "lib/db/create-client.ts#createPrismaClient": INFRA,
  "lib/db/embedded.ts#startEmbeddedDatabase": INFRA,
  "lib/db/migrate.ts#migrate": INFRA,
};
