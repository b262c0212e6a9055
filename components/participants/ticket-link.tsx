import { CopyLink } from "@/components/invitations/copy-link";

// Folded away so fifty rows stay readable; opening it works without JavaScript and shows the
// link in full, ready to select, and the copy button where the clipboard is available.
export function TicketLink({ link, summary, label }: { link: string; summary: string; label: string }) {
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800 underline underline-offset-2">{summary}</summary>
      <div className="mt-2 min-w-64">
        <CopyLink link={link} label={label} />
      </div>
    </details>
  );
}
