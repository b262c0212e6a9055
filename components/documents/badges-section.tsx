import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-controls";
import { getActor } from "@/lib/auth/session";
import { getBadgeFormData } from "@/lib/badges/queries";
import { BADGE_FORMATS, perPage } from "@/lib/badges/layout";
import { DEFAULT_BADGE_FILTER, parseBadgeQuery, type BadgeFilter, type BadgeSize } from "@/lib/badges/schema";
import { isAppError } from "@/lib/errors/app-error";
import { MarkBadgesPrinted } from "./mark-badges-printed";
import { DocumentSection } from "./section";

interface BadgeDocumentsProps {
  eventId: string;
  /** The filter as the GET form sent it (the badges page); the defaults on the Dokumen page. */
  query?: Record<string, string | string[] | undefined>;
}

const single = (query: BadgeDocumentsProps["query"] = {}) =>
  new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) && value[0] ? [[key, value[0]]] : [])));

// Plain GET forms: they work without JavaScript. "Hitung ulang" shows how many badges the chosen
// filter gives (on the badges page); "Unduh" sends the same fields to the PDF.
export async function BadgeDocuments({ eventId, query }: BadgeDocumentsProps) {
  const t = await getTranslations("badges.section");
  const tAll = await getTranslations();
  let filter: BadgeFilter = DEFAULT_BADGE_FILTER;
  let size: BadgeSize = "8";
  let errors: Record<string, string> = {};
  try {
    ({ filter, size } = parseBadgeQuery(single(query)));
  } catch (error) {
    if (!isAppError(error)) throw error;
    errors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, e]) => [field, tAll(e.key as never, e.values as never)]));
  }
  const actor = await getActor();
  let data = await getBadgeFormData(actor, eventId, filter).catch((error: unknown) => {
    if (isAppError(error) && error.fieldErrors.unit) return null;
    throw error;
  });
  if (!data) {
    // An unknown unit: say so at the field, and count for all units.
    errors = { unit: tAll("badges.errors.unknownUnit"), ...errors };
    filter = { ...filter, unit: "" };
    data = await getBadgeFormData(actor, eventId, filter);
  }
  if (!data) return null;
  const base = `/console/events/${eventId}/documents`;
  const pages = Math.ceil(data.count / perPage(BADGE_FORMATS[size]));
  const speakers = data.speakers;

  return (
    <DocumentSection id="badges" title={t("title")} description={t("description")}>
      <div className="space-y-6">
        <form method="get" action={`${base}/badges`} aria-labelledby="badges-form-heading" className="space-y-3">
          <h3 id="badges-form-heading" className="font-semibold">{t("badgesHeading")}</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField id="badges-unit" name="unit" label={t("unit")} defaultValue={filter.unit} error={errors.unit}>
              <option value="">{t("allUnits")}</option>
              {data.units.map((unit) => (
                <option key={unit.id} value={unit.id}>{unit.name}</option>
              ))}
            </SelectField>
            <SelectField id="badges-status" name="status" label={t("status")} defaultValue={filter.status} error={errors.status}>
              <option value="confirmed">{t("statusConfirmed")}</option>
              <option value="waitlist">{t("statusWaitlist")}</option>
            </SelectField>
            <SelectField id="badges-printed" name="printed" label={t("printed")} defaultValue={filter.printed} error={errors.printed}>
              <option value="all">{t("printedAll")}</option>
              <option value="no">{t("printedNo")}</option>
              <option value="yes">{t("printedYes")}</option>
            </SelectField>
            <SelectField id="badges-size" name="size" label={t("size")} defaultValue={size} error={errors.size}>
              <option value="8">{t("size8")}</option>
              <option value="10">{t("size10")}</option>
            </SelectField>
          </div>
          <p aria-live="polite" data-testid="badge-count" className="text-sm">
            <span className="font-semibold">{t("count", { count: data.count })}</span>
            {data.count > 0 && <span className="text-slate-600"> · {t("pages", { pages, perPage: perPage(BADGE_FORMATS[size]) })}</span>}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            <button type="submit" className={buttonClass("secondary")}>{t("apply")}</button>
            <button type="submit" formAction={`${base}/badges.pdf`} formTarget="_blank" className={buttonClass("primary")}>{t("download")}</button>
          </div>
          <MarkBadgesPrinted eventId={eventId} filter={filter} asOf={new Date().toISOString()} />
          <div className="space-y-2">
            <p className="max-w-prose text-sm text-slate-600">{t("otherBadges")}</p>
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
              <button type="submit" formAction={`${base}/badges.pdf`} formTarget="_blank" name="audience" value="speakers" className={buttonClass("secondary")}>{t("downloadSpeakers")}</button>
              <button type="submit" formAction={`${base}/badges.pdf`} formTarget="_blank" name="audience" value="committee" className={buttonClass("secondary")}>{t("downloadCommittee")}</button>
            </div>
          </div>
        </form>

        <form method="get" action={`${base}/tent-cards.pdf`} target="_blank" aria-labelledby="tent-form-heading" className="space-y-3 border-t border-slate-200 pt-4">
          <h3 id="tent-form-heading" className="font-semibold">{t("tentHeading")}</h3>
          <p className="max-w-prose text-sm text-slate-600">{t("tentHint")}</p>
          <SelectField id="tent-speakers" name="speakers" label={t("tentSpeakersLabel")} defaultValue="1">
            <option value="1">{t("tentSpeakers", { count: speakers })}</option>
            <option value="0">{t("tentNoSpeakers")}</option>
          </SelectField>
          <SelectField id="tent-participants" name="participant" label={t("tentParticipants")} hint={t("tentParticipantsHint")} multiple size={6} defaultValue={[]}>
            {data.participants.map((p) => (
              <option key={p.id} value={p.id}>{`${p.name} — ${p.unitName}`}</option>
            ))}
          </SelectField>
          <button type="submit" className={buttonClass("primary")}>{t("tentDownload")}</button>
        </form>
      </div>
    </DocumentSection>
  );
}
