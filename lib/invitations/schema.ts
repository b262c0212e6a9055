import { z } from "zod";

export const INVITATION_VALIDITY_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 10;
// bcrypt reads at most 72 bytes; a longer password would be silently cut.
const MAX_PASSWORD_BYTES = 72;

const email = z.string().trim().toLowerCase().max(254).email();
const optionalName = z.string().trim().max(120).optional();

/** The invite form: who to invite. The unit and event come from where the form is shown. */
export const inviteFormSchema = z.object({ email, name: optionalName });
export type InviteFormInput = z.input<typeof inviteFormSchema>;

export const inviteCoordinatorSchema = inviteFormSchema.extend({
  unitId: z.string().trim().min(1).max(64),
  eventId: z.string().trim().min(1).max(64).nullable(),
  baseUrl: z.url({ protocol: /^https?$/ }),
});

export const invitationIdSchema = z.object({ invitationId: z.string().trim().min(1).max(64) });

export const resendInvitationSchema = invitationIdSchema.extend({ baseUrl: z.url({ protocol: /^https?$/ }) });

export const removeCoordinatorSchema = z.object({
  unitId: z.string().trim().min(1).max(64),
  userId: z.string().trim().min(1).max(64),
  eventId: z.string().trim().min(1).max(64).nullable(),
});

/** The form on /invite/<token> for someone who has no password yet. */
export const acceptInvitationFormSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, "invitations.errors.passwordTooShort")
      .refine((p) => new TextEncoder().encode(p).length <= MAX_PASSWORD_BYTES, "invitations.errors.passwordTooLong"),
    passwordConfirmation: z.string(),
  })
  .refine((values) => values.password === values.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "invitations.errors.passwordMismatch",
  });
export type AcceptInvitationFormInput = z.input<typeof acceptInvitationFormSchema>;
