interface LetterheadProps {
  organization: { name: string; parentLines: string | null; address: string | null; phone: string | null; email: string | null; website: string | null };
  logoUrl: string | null;
}

/** The kop surat as documents print it: logo left, ministry lines and name centred, contact below, a double rule under it. */
export function Letterhead({ organization, logoUrl }: LetterheadProps) {
  const contact = [organization.phone && `Telp. ${organization.phone}`, organization.email, organization.website].filter(Boolean).join(" · ");
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div className="flex items-center gap-4 border-b-4 border-double border-slate-900 pb-3">
        {logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- a private, session-authorized image; next/image would proxy it
          <img src={logoUrl} alt="" width={72} height={72} className="h-14 w-14 shrink-0 object-contain sm:h-[72px] sm:w-[72px]" />
        )}
        <div className="min-w-0 flex-1 text-center">
          {organization.parentLines?.split("\n").map((line) => (
            <p key={line} className="break-words text-xs font-semibold uppercase tracking-wide text-slate-800 sm:text-sm">
              {line}
            </p>
          ))}
          <p className="break-words text-sm font-bold uppercase text-slate-900 sm:text-lg">{organization.name}</p>
          {organization.address && <p className="break-words text-xs text-slate-700">{organization.address}</p>}
          {contact && <p className="break-words text-xs text-slate-700">{contact}</p>}
        </div>
      </div>
    </div>
  );
}
