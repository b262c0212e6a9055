"use server";

import { revalidatePath } from "next/cache";
import { formOf } from "@/lib/actions/args";
import { defineAction } from "@/lib/actions/define-action";
import { publicBaseUrl } from "@/lib/invitations/base-url";
import { createOrganization } from "./create-organization";
import { newOrganizationSchema, organizationSettingsSchema } from "./schema";
import { setOrganizationLogo } from "./set-organization-logo";
import { updateOrganization } from "./update-organization";

const settingsChanged = <T>(result: T) => {
  revalidatePath("/console/organization");
  return result;
};

export const updateOrganizationAction = defineAction({
  args: [formOf(organizationSettingsSchema)],
  permission: "organization:manage",
  run: (actor, input) => updateOrganization({ actor, input }),
  after: settingsChanged,
});

/** Removing is an action; uploading goes through the logo route (a file can exceed an action's body limit). */
export const removeOrganizationLogoAction = defineAction({
  args: [],
  permission: "organization:manage",
  run: (actor) => setOrganizationLogo({ actor, logo: null }),
  after: settingsChanged,
});

export const createOrganizationAction = defineAction({
  args: [formOf(newOrganizationSchema)],
  permission: "installation:manage",
  run: async (actor, input) => {
    const created = await createOrganization({ actor, input, baseUrl: await publicBaseUrl() });
    return { code: created.code, email: created.invitation.email, link: created.invitation.link };
  },
  after: (result) => {
    revalidatePath("/console/organizations");
    return result;
  },
});
