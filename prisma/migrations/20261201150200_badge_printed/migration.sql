-- When a participant's name badge was last marked printed (Dokumen → Badge).
ALTER TABLE "Registration" ADD COLUMN "badgePrintedAt" TIMESTAMPTZ(3);
