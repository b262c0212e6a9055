import { z } from "zod";
import { compactNip, nipProblem } from "@/lib/registrations/nip";

// The sign-off form of the daftar hadir (browser and server): who signs every sheet of the event.

export const SIGN_OFF_DEFAULT_ROLES = "Mengetahui,\nKetua Panitia";

export const attendanceSignOffSchema = z.object({
  roleLines: z
    .string()
    .max(400)
    .transform((value) => value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join("\n"))
    .refine((value) => value.length > 0, "daftarHadir.errors.roleLinesRequired")
    .refine((value) => value.split("\n").length <= 4, "daftarHadir.errors.roleLinesTooMany"),
  name: z.string().trim().max(200).refine((value) => value.length > 0, "daftarHadir.errors.nameRequired"),
  nip: z
    .string()
    .max(40)
    .nullish()
    .transform((value) => (value ? compactNip(value) : null))
    .superRefine((nip, ctx) => {
      const problem = nip ? nipProblem(nip) : null;
      if (problem) ctx.addIssue({ code: "custom", message: `registrations.errors.nip.${problem}` });
    }),
  place: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((value) => (value ? value : null)),
});

export type AttendanceSignOffValues = z.input<typeof attendanceSignOffSchema>;
export type AttendanceSignOffInput = z.output<typeof attendanceSignOffSchema>;
