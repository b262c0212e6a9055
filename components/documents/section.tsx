import type { ReactNode } from "react";

/** One kind of document on the event's Dokumen page: a heading, what it is for, its downloads. */
export function DocumentSection({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600">{description}</p>
      <div className="mt-3">{children}</div>
    </section>
  );
}
