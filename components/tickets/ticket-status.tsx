import type { TicketState } from "@/lib/tickets/ticket-state";

const TONES: Record<TicketState, { box: string; mark: string }> = {
  valid: { box: "border-green-700 bg-green-50 text-green-950", mark: "bg-green-700 text-white" },
  pending: { box: "border-amber-600 bg-amber-50 text-amber-950", mark: "bg-amber-600 text-white" },
  waitlisted: { box: "border-amber-600 bg-amber-50 text-amber-950", mark: "bg-amber-600 text-white" },
  invalid: { box: "border-red-700 bg-red-50 text-red-950", mark: "bg-red-700 text-white" },
};

// A symbol as well as a colour, so the state reads at a glance and without colour vision.
const MARKS: Record<TicketState, string> = { valid: "✓", pending: "…", waitlisted: "…", invalid: "✕" };

/** The ticket's state as a banner door staff can read from a metre away. */
export function TicketStatus({ state, badge, children }: { state: TicketState; badge: string; children: React.ReactNode }) {
  const tone = TONES[state];
  return (
    <section aria-labelledby="ticket-status" className={`rounded-lg border-2 p-4 ${tone.box}`}>
      <h2 id="ticket-status" className="flex items-center gap-3 text-xl font-bold leading-tight">
        <span aria-hidden="true" className={`inline-flex size-9 shrink-0 items-center justify-center rounded-full text-lg ${tone.mark}`}>
          {MARKS[state]}
        </span>
        {badge}
      </h2>
      <div className="mt-2 space-y-1 text-base">{children}</div>
    </section>
  );
}
