import type { Permission } from "@/lib/auth/permissions";

// Who may invite, re-invite and remove unit coordinators: those who decide which units an event
// invites. Reading the lists needs only the console.
export const INVITATION_PERMISSION: Permission = "quota:manage";
export const INVITATION_READ_PERMISSION: Permission = "console:access";
