import { z } from "zod";
import { compactNip, nipProblem } from "./nip";
import { isIndonesianPhone, normalisePhone } from "./phone";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null);

export const participantSchema = z.object({
  name: z.string().trim().min(1).max(200),
  nip: z
    .string()
    .transform(compactNip)
    .superRefine((nip, ctx) => {
      const problem = nipProblem(nip);
      if (problem) ctx.addIssue({ code: "custom", message: `registrations.errors.nip.${problem}` });
    }),
  position: z.string().trim().min(1).max(200),
  rank: optionalText(100),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200)
    .refine((value) => value === "" || z.email().safeParse(value).success, "validation.email")
    .transform((value) => value || null),
  phone: z
    .string()
    .max(40)
    .transform(normalisePhone)
    .refine((value) => value === null || isIndonesianPhone(value), "registrations.errors.phone"),
  attendanceMode: z.enum(["ON_SITE", "ONLINE"]),
  notes: optionalText(1000),
});

export type ParticipantInput = z.input<typeof participantSchema>;
export type ParticipantValues = z.output<typeof participantSchema>;

/** An organizer acting outside the rules (after the deadline, on a closed event) says why. */
export const overrideReasonSchema = z.string().trim().min(5, "registrations.errors.reasonRequired").max(500);
