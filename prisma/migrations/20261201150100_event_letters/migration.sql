-- The surat undangan of an event (issue 13, part 3): what the organiser filled in, one row per event.
CREATE TABLE "EventLetter" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "number" TEXT NOT NULL DEFAULT '',
    "nature" TEXT NOT NULL,
    "attachment" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "letterDate" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "addressees" TEXT NOT NULL,
    "opening" TEXT NOT NULL,
    "agenda" TEXT NOT NULL,
    "dressCode" TEXT NOT NULL,
    "travelCosts" TEXT NOT NULL,
    "contacts" TEXT NOT NULL,
    "closing" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryNip" TEXT,
    "copies" TEXT,
    "updatedByName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventLetter_eventId_key" ON "EventLetter"("eventId");

-- AddForeignKey
ALTER TABLE "EventLetter" ADD CONSTRAINT "EventLetter_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
