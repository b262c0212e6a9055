-- Organisations become tenants: each owns its units, Kanwil, events and people, and carries the
-- letterhead its documents print. Codes and provinces are unique per organisation, not per installation.

-- Organisation letterhead and defaults
ALTER TABLE "Organization" ADD COLUMN "parentLines" TEXT,
ADD COLUMN "address" TEXT,
ADD COLUMN "phone" TEXT,
ADD COLUMN "email" TEXT,
ADD COLUMN "website" TEXT,
ADD COLUMN "logo" BYTEA,
ADD COLUMN "logoType" TEXT,
ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'Asia/Jakarta';

-- Kanwil: unique per organisation
DROP INDEX "RegionalOffice_code_key";
DROP INDEX "RegionalOffice_province_key";
DROP INDEX "RegionalOffice_organizationId_idx";
CREATE UNIQUE INDEX "RegionalOffice_organizationId_code_key" ON "RegionalOffice"("organizationId", "code");
CREATE UNIQUE INDEX "RegionalOffice_organizationId_province_key" ON "RegionalOffice"("organizationId", "province");

-- Units carry their Kanwil's organisation
ALTER TABLE "Unit" ADD COLUMN "organizationId" TEXT;
UPDATE "Unit" u SET "organizationId" = r."organizationId" FROM "RegionalOffice" r WHERE r."id" = u."regionalOfficeId";
ALTER TABLE "Unit" ALTER COLUMN "organizationId" SET NOT NULL;
DROP INDEX "Unit_code_key";
CREATE UNIQUE INDEX "Unit_organizationId_code_key" ON "Unit"("organizationId", "code");
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Organiser roles belong to one organisation; door staff roles may end
ALTER TABLE "RoleAssignment" ADD COLUMN "organizationId" TEXT,
ADD COLUMN "expiresAt" TIMESTAMPTZ(3);
-- Existing organisers organised the only organisation there was (the first one).
UPDATE "RoleAssignment" SET "organizationId" = (SELECT "id" FROM "Organization" ORDER BY "createdAt", "id" LIMIT 1)
 WHERE "role" = 'ORGANIZER';
CREATE INDEX "RoleAssignment_organizationId_idx" ON "RoleAssignment"("organizationId");
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Audit entries and mail are seen by their organisation only
ALTER TABLE "AuditLog" ADD COLUMN "organizationId" TEXT;
UPDATE "AuditLog" a SET "organizationId" = e."organizationId" FROM "Event" e WHERE e."id" = a."eventId";
UPDATE "AuditLog" SET "organizationId" = (SELECT "id" FROM "Organization" ORDER BY "createdAt", "id" LIMIT 1)
 WHERE "organizationId" IS NULL;
CREATE INDEX "AuditLog_organizationId_createdAt_idx" ON "AuditLog"("organizationId", "createdAt");
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "OutboxEmail" ADD COLUMN "organizationId" TEXT;
UPDATE "OutboxEmail" o SET "organizationId" = e."organizationId" FROM "Event" e WHERE e."id" = o."eventId";
UPDATE "OutboxEmail" SET "organizationId" = (SELECT "id" FROM "Organization" ORDER BY "createdAt", "id" LIMIT 1)
 WHERE "organizationId" IS NULL;
CREATE INDEX "OutboxEmail_organizationId_createdAt_idx" ON "OutboxEmail"("organizationId", "createdAt");

-- An audit entry or mail about an event belongs to the event's organisation: filled in by the
-- database when the writer names only the event, so no code path can leave it out.
CREATE FUNCTION "organization_of_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."organizationId" IS NULL AND NEW."eventId" IS NOT NULL THEN
    SELECT "organizationId" INTO NEW."organizationId" FROM "Event" WHERE "id" = NEW."eventId";
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AuditLog_organization" BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "organization_of_event"();
CREATE TRIGGER "OutboxEmail_organization" BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION "organization_of_event"();
