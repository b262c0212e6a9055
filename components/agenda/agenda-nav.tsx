import { getTranslations } from "next-intl/server";

export type AgendaSection = "agenda" | "speakers" | "rooms";

/**
 * The agenda's sections, the current one marked for screen readers and by its style. Rendered by
 * each page (not the layout) so the server knows the section: the cached agenda is served through a
 * rewrite, where the browser's path and the route differ.
 */
export async function AgendaNav({ slug, current }: { slug: string; current: AgendaSection | null }) {
  const t = await getTranslations("publicAgenda");
  const links: { section: AgendaSection; text: string }[] = [
    { section: "agenda", text: t("navAgenda") },
    { section: "speakers", text: t("navSpeakers") },
    { section: "rooms", text: t("navRooms") },
  ];
  return (
    <nav aria-label={t("navLabel")} className="mb-5 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {links.map(({ section, text }) => (
          <li key={section}>
            <a
              href={`/e/${slug}/${section}`}
              aria-current={section === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold ${section === current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:text-slate-950"}`}
            >
              {text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
