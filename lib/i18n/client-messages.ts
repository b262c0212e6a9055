// Messages handed to client components travel in every page's HTML. Each shell passes only what its
// client components can ask for: the console, the unit portal and the door scanner get all of them
// (many forms); the public pages — a participant's phone on hotel Wi-Fi — and the sign-in and
// invitation pages get the few their forms need, instead of about 55 KB (13 KB compressed) per page.

type Messages = { [key: string]: string | Messages };

/** What the public pages' client components use: the open registration form and its messages. */
export const PUBLIC_CLIENT_MESSAGES = ["common", "errors", "validation", "openRegistration", "unitPortal.form", "registrations.errors"] as const;

/** What the sign-in, invitation and account pages' client components use: their forms and messages. */
export const AUTH_CLIENT_MESSAGES: readonly string[] = [
  "common",
  "errors",
  "validation",
  "login",
  "invitations.accept",
  "invitations.errors",
  // Not accounts.email: mail is written on the server.
  ...["forgotLink", "forgot", "reset", "links", "page", "languages", "emailConfirm", "errors"].map((part) => `accounts.${part}`),
];

/** The subtrees of `messages` at the given dot paths, nothing else. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: string | Messages | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    keys.slice(0, -1).forEach((key) => {
      const next = target[key];
      target = (target[key] = typeof next === "object" ? next : {});
    });
    target[keys.at(-1)!] = source;
  }
  return picked;
}
