import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { storedImageResponse, storedImageUpload } from "@/lib/http/image-route";
import { getOrganizationLogo } from "@/lib/organizations/queries";
import { LOGO_MAX_BYTES } from "@/lib/organizations/schema";
import { setOrganizationLogo } from "@/lib/organizations/set-organization-logo";

export async function GET() {
  const [errors, actor] = await Promise.all([getTranslations("errors"), getActor()]);
  return storedImageResponse(() => getOrganizationLogo(actor), (code) => errors(code));
}

export async function POST(request: Request) {
  const t = await getTranslations("organization.errors");
  const { response } = await storedImageUpload(request, {
    permission: "organization:manage",
    field: "logo",
    maxBytes: LOGO_MAX_BYTES,
    tooLargeText: t("logoTooLarge", { max: "1 MB" }),
    save: (actor, bytes) => setOrganizationLogo({ actor, logo: bytes }),
  });
  return response;
}
