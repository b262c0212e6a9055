-- The siaran pers of an event as Humas edited it (Dokumen → Siaran pers); without a row the template is printed.
CREATE TABLE "PressRelease" (
    "eventId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PressRelease_pkey" PRIMARY KEY ("eventId")
);

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
