-- CreateTable
CREATE TABLE "CoordinatorInvitation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "eventId" TEXT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "invitedById" TEXT,
    "acceptedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "CoordinatorInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoordinatorInvitation_tokenHash_key" ON "CoordinatorInvitation"("tokenHash");
CREATE INDEX "CoordinatorInvitation_unitId_idx" ON "CoordinatorInvitation"("unitId");
CREATE INDEX "CoordinatorInvitation_eventId_idx" ON "CoordinatorInvitation"("eventId");
CREATE INDEX "CoordinatorInvitation_email_idx" ON "CoordinatorInvitation"("email");
CREATE INDEX "Unit_type_idx" ON "Unit"("type");

-- AddForeignKey
ALTER TABLE "CoordinatorInvitation" ADD CONSTRAINT "CoordinatorInvitation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CoordinatorInvitation" ADD CONSTRAINT "CoordinatorInvitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CoordinatorInvitation" ADD CONSTRAINT "CoordinatorInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CoordinatorInvitation" ADD CONSTRAINT "CoordinatorInvitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
