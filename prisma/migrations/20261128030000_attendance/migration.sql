-- CreateEnum
CREATE TYPE "CheckInScanOutcome" AS ENUM ('DUPLICATE', 'SUPERSEDED', 'UNDONE');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "requireSignature" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable: a check-in's scope is its session, or '' for the whole day, so that one unique key
-- covers both (NULL session ids would never collide).
ALTER TABLE "CheckIn" ADD COLUMN "scope" TEXT;
UPDATE "CheckIn" SET "scope" = COALESCE("sessionId", '');
ALTER TABLE "CheckIn" ALTER COLUMN "scope" SET NOT NULL;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_scope_check" CHECK ("scope" = COALESCE("sessionId", ''));

-- Earlier rows could hold the same person twice for one day: keep the earliest of each.
DELETE FROM "CheckIn" c USING "CheckIn" d
 WHERE c."registrationId" = d."registrationId" AND c."day" = d."day" AND c."scope" = d."scope"
   AND (c."checkedInAt", c."id") > (d."checkedInAt", d."id");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_registrationId_day_scope_key" ON "CheckIn"("registrationId", "day", "scope");

-- CreateTable
CREATE TABLE "CheckInScan" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "sessionId" TEXT,
    "day" DATE NOT NULL,
    "scannedAt" TIMESTAMPTZ(3) NOT NULL,
    "scannedById" TEXT,
    "device" TEXT,
    "clientScanId" TEXT,
    "outcome" "CheckInScanOutcome" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInScan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckInScan_clientScanId_key" ON "CheckInScan"("clientScanId");
CREATE INDEX "CheckInScan_eventId_day_idx" ON "CheckInScan"("eventId", "day");
CREATE INDEX "CheckInScan_registrationId_idx" ON "CheckInScan"("registrationId");

-- AddForeignKey
ALTER TABLE "CheckInScan" ADD CONSTRAINT "CheckInScan_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckInScan" ADD CONSTRAINT "CheckInScan_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckInScan" ADD CONSTRAINT "CheckInScan_scannedById_fkey" FOREIGN KEY ("scannedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
