export interface InvitationDetail {
  label: string;
  value: string;
  /** "name": what the invitation is for (unit, organisation); "address": an email, broken anywhere. */
  kind?: "name" | "strong" | "address" | "plain";
}

const VALUE_CLASS: Record<NonNullable<InvitationDetail["kind"]>, string> = {
  name: "font-semibold text-brand-800",
  strong: "font-medium",
  address: "break-all font-medium",
  plain: "",
};

/** What an invitation link offers, on its acceptance page: a coordinator's or a team role's. */
export function InvitationDetails({ details }: { details: (InvitationDetail | null | false)[] }) {
  return (
    <dl className="mt-3 space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {details.map(
        (detail) =>
          detail && (
            <div key={detail.label}>
              <dt className="text-slate-600">{detail.label}</dt>
              <dd className={VALUE_CLASS[detail.kind ?? "plain"] || undefined}>{detail.value}</dd>
            </div>
          ),
      )}
    </dl>
  );
}
