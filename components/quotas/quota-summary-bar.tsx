import { getTranslations } from "next-intl/server";
import type { QuotaSummary } from "@/lib/quotas/queries";
import { QuotaAnnouncement } from "./announcer";

// Stays at the top of the screen while the organizer scrolls the list, so the total against the
// capacity is always in view; turns red when the quotas exceed the capacity.
export async function QuotaSummaryBar({ summary }: { summary: QuotaSummary }) {
  const t = await getTranslations("quotas.summary");
  const { totalSeats, capacity, overAllocated } = summary;
  const filled = capacity > 0 ? Math.min(100, Math.round((totalSeats / capacity) * 100)) : 100;
  return (
    <section
      aria-label={t("label")}
      className={`sticky top-0 z-20 -mx-4 border-b px-4 py-3 shadow-sm sm:mx-0 sm:rounded-lg sm:border ${
        overAllocated ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"
      }`}
    >
      <p className={`text-base font-semibold ${overAllocated ? "text-red-800" : "text-slate-900"}`}>
        {t("allocated", { sum: totalSeats, capacity })}
      </p>
      <div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200">
        <div className={`h-full ${overAllocated ? "bg-red-600" : "bg-brand-600"}`} style={{ width: `${filled}%` }} />
      </div>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
        <span className={overAllocated ? "font-semibold text-red-800" : undefined}>
          {overAllocated ? t("over", { over: totalSeats - capacity }) : t("remaining", { remaining: summary.remaining })}
        </span>
        <span>{t("invitedUnits", { count: summary.invitedUnits })}</span>
        <span>{t("registered", { count: summary.registered })}</span>
      </p>
      <QuotaAnnouncement />
    </section>
  );
}
