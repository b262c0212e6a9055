-- The sign-off printed under an event's daftar hadir (issue 13, part 2): one row per event.
CREATE TABLE "AttendanceSignOff" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "roleLines" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nip" TEXT,
    "place" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AttendanceSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceSignOff_eventId_key" ON "AttendanceSignOff"("eventId");

-- AddForeignKey
ALTER TABLE "AttendanceSignOff" ADD CONSTRAINT "AttendanceSignOff_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
