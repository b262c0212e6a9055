import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { dayLabel } from "@/lib/attendance/day-label";
import { getDaftarHadirFormData } from "@/lib/attendance/daftar-hadir-form-data";
import { ABSENT_CHOICES, SHEETS } from "@/lib/attendance/daftar-hadir-request";
import { SIGN_OFF_DEFAULT_ROLES } from "@/lib/attendance/sign-off-schema";
import { getActor } from "@/lib/auth/session";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { AttendanceSignOffForm } from "./attendance-sign-off-form";
import { DocumentSection } from "./section";

const ABSENT_LABEL = { list: "absentList", omit: "absentOmit", blank: "absentBlank" } as const;
const select = "mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

// The daftar hadir of any day, session and kind, as a plain GET form (it works before any script
// has loaded), and the sign-off every sheet of the event prints.
export async function AttendanceDocuments({ eventId }: { eventId: string }) {
  const [data, hub, t, locale] = await Promise.all([
    getDaftarHadirFormData(await getActor(), eventId),
    getTranslations("documentsHub.attendance"),
    getTranslations("daftarHadir"),
    getLocale(),
  ]);
  if (!data) return null;
  const loc = locale as TimeLocale;
  const base = `/console/events/${eventId}/attendance`;
  const time = (at: Date) => formatInZone(at, data.timeZone, loc, "time");
  const signOff = data.signOff;
  return (
    <DocumentSection id="attendance" title={hub("title")} description={hub("description")}>
      {data.days.length === 0 ? (
        <p className="text-sm text-slate-600">{t("form.noDays")}</p>
      ) : (
        <form method="get" action={`${base}/daftar-hadir.pdf`} aria-labelledby="daftar-hadir-form-heading" className="space-y-4">
          <h3 id="daftar-hadir-form-heading" className="font-semibold">{t("form.title")}</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="daftar-hadir-day" className="block text-sm font-medium text-slate-800">{t("form.day")}</label>
              <select id="daftar-hadir-day" name="day" defaultValue={data.defaultDay} className={select}>
                {data.days.map((day) => <option key={day} value={day}>{dayLabel(day, loc)}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="daftar-hadir-session" className="block text-sm font-medium text-slate-800">{t("form.session")}</label>
              <select id="daftar-hadir-session" name="session" defaultValue="" className={select}>
                <option value="">{t("form.wholeDay")}</option>
                {data.days.map((day) => {
                  const sessions = data.sessions.filter((s) => s.day === day);
                  return sessions.length === 0 ? null : (
                    <optgroup key={day} label={dayLabel(day, loc)}>
                      {sessions.map((s) => <option key={s.id} value={s.id}>{`${time(s.startsAt)} ${s.title}`}</option>)}
                    </optgroup>
                  );
                })}
              </select>
            </div>
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("form.sheet")}</legend>
            <div className="mt-1 space-y-1">
              {SHEETS.map((sheet) => (
                <label key={sheet} className="flex items-start gap-2 text-sm">
                  <input type="radio" name="sheet" value={sheet} defaultChecked={sheet === "onsite"} className="mt-1 size-4 shrink-0 accent-emerald-700" />
                  <span>{t(`form.${sheet}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("form.absent")}</legend>
            <div className="mt-1 space-y-1">
              {ABSENT_CHOICES.map((choice) => (
                <label key={choice} className="flex items-start gap-2 text-sm">
                  <input type="radio" name="absent" value={choice} defaultChecked={choice === "list"} className="mt-1 size-4 shrink-0 accent-emerald-700" />
                  <span>{t(`form.${ABSENT_LABEL[choice]}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass("primary")}>{t("form.pdf")}</button>
            <button type="submit" formAction={`${base}/daftar-hadir.xlsx`} className={buttonClass("secondary")}>{t("form.xlsx")}</button>
            <Link href={base} className={buttonClass("ghost")}>{t("form.openLive")}</Link>
          </div>
        </form>
      )}

      <section aria-labelledby="daftar-hadir-sign-off-heading" className="mt-6 border-t border-slate-200 pt-4">
        <h3 id="daftar-hadir-sign-off-heading" className="font-semibold">{t("signOff.title")}</h3>
        <p className="mt-1 max-w-prose text-sm text-slate-600">{t("signOff.description")}</p>
        <p className="mt-2 text-sm font-medium" data-testid="sign-off-status">
          {signOff ? t("signOff.current", { role: signOff.roleLines.split("\n").join(" "), name: signOff.name }) : t("signOff.none")}
        </p>
        <AttendanceSignOffForm
          eventId={eventId}
          configured={signOff !== null}
          readOnly={data.archived}
          defaultValues={{ roleLines: signOff?.roleLines ?? SIGN_OFF_DEFAULT_ROLES, name: signOff?.name ?? "", nip: signOff?.nip ?? "", place: signOff?.place ?? data.venueCity ?? "" }}
        />
      </section>
    </DocumentSection>
  );
}
