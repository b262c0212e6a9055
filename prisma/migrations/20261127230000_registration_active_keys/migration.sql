-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "activeNip" TEXT,
ADD COLUMN "activeEmail" TEXT,
ADD COLUMN "cancelReason" TEXT;

-- Registrations that still hold or wait for a seat keep their NIP and email as active keys.
UPDATE "Registration" SET "activeNip" = "nip", "activeEmail" = lower("email")
 WHERE "status" IN ('PENDING', 'CONFIRMED', 'WAITLISTED');

-- CreateIndex
CREATE UNIQUE INDEX "Registration_eventId_activeNip_key" ON "Registration"("eventId", "activeNip");
CREATE UNIQUE INDEX "Registration_eventId_activeEmail_key" ON "Registration"("eventId", "activeEmail");
