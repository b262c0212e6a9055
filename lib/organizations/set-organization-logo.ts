import "server-only";
import sharp from "sharp";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { sniffPhotoType } from "@/lib/speakers/photo-type";
import { LOGO_MAX_BYTES } from "./schema";

export interface SetOrganizationLogoOptions {
  actor: Actor | null;
  /** The uploaded file's bytes; null removes the logo. */
  logo: Uint8Array | null;
}

/**
 * Stores the organisation's logo in the database (every instance prints the same letterhead).
 * Only real PNG, JPEG or WebP images up to 1 MB, judged by their bytes.
 */
export async function setOrganizationLogo({ actor, logo }: SetOrganizationLogoOptions): Promise<void> {
  const organizationId = organizationScope(actor, "organization:manage");
  let logoType: string | null = null;
  if (logo) {
    if (logo.byteLength === 0) throw invalidField("logo", "organization.errors.logoEmpty");
    if (logo.byteLength > LOGO_MAX_BYTES) throw invalidField("logo", "organization.errors.logoTooLarge", { max: "1 MB" });
    logoType = sniffPhotoType(logo);
    if (!logoType) throw invalidField("logo", "organization.errors.logoType");
    // Right bytes at the start are not yet an image: a truncated file would break every document.
    if (!(await decodes(logo))) throw invalidField("logo", "organization.errors.logoUnreadable");
  }
  await inTransaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { logoType: true } });
    await tx.organization.update({ where: { id: organizationId }, data: { logo: logo ? new Uint8Array(logo) : null, logoType } });
    await recordAudit(tx, {
      actor,
      organizationId,
      action: logo ? "organization.logo.set" : "organization.logo.remove",
      entityType: "Organization",
      entityId: organizationId,
      before: { logoType: before.logoType },
      after: { logoType, bytes: logo?.byteLength ?? 0 },
    });
  });
}

async function decodes(image: Uint8Array): Promise<boolean> {
  try {
    await sharp(Buffer.from(image)).resize(8, 8).raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}
