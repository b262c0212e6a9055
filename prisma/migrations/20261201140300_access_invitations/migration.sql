-- Invitations to a role in an organisation ("Tim & akses"): organiser, or door staff of one event.
CREATE TABLE "AccessInvitation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "eventId" TEXT,
    "roleExpiresAt" TIMESTAMPTZ(3),
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

    CONSTRAINT "AccessInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessInvitation_tokenHash_key" ON "AccessInvitation"("tokenHash");
CREATE INDEX "AccessInvitation_organizationId_idx" ON "AccessInvitation"("organizationId");
CREATE INDEX "AccessInvitation_eventId_idx" ON "AccessInvitation"("eventId");
CREATE INDEX "AccessInvitation_email_idx" ON "AccessInvitation"("email");

-- AddForeignKey
ALTER TABLE "AccessInvitation" ADD CONSTRAINT "AccessInvitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AccessInvitation" ADD CONSTRAINT "AccessInvitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AccessInvitation" ADD CONSTRAINT "AccessInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AccessInvitation" ADD CONSTRAINT "AccessInvitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
