// Types for the plain-JavaScript policy module that next.config.mjs shares with the route handlers.
export function contentSecurityPolicy(options?: { dev?: boolean; scripts?: string[]; formActions?: string[] }): string;
export const OWN_POLICY_EXCLUDED_SOURCE: string;
export const PHOTO_CONTENT_SECURITY_POLICY: string;
