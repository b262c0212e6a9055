// The agenda page rendered per request, for the readers the cached page does not fit: another
// language, a signed-in user (the shared header shows them), or a server action such as the
// language switch. proxy.ts rewrites /e/<slug>/agenda here for them only.
export { default, generateMetadata } from "../agenda/page";
