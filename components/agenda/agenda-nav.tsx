"use client";

import { usePathname } from "next/navigation";

/** The agenda's sections; the current one is marked for screen readers and by its style. */
export function AgendaNav({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {links.map((link) => {
          const current = pathname === link.href || (link.href.endsWith("/agenda") && pathname.startsWith(`${link.href}/`));
          return (
            <li key={link.href}>
              <a
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold ${current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:text-slate-950"}`}
              >
                {link.text}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
