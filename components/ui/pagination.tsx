import Link from "next/link";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** Builds the link for a page, keeping the list's filters. */
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; page: string; nav: string };
}

export function Pagination({ page, pageCount, hrefFor, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={link} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{labels.page}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={link} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** Page number from a search parameter, clamped to at least 1. */
export function pageFrom(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
