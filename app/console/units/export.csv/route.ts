import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { exportUnitsCsv } from "@/lib/units/export-units-csv";

export const dynamic = "force-dynamic";

// The unit catalog as a file in the import format. Refusals are plain statuses (401 for
// anonymous, 403 for roles without "unit:manage"), never a partial file.
export async function GET(): Promise<Response> {
  try {
    const body = await exportUnitsCsv({ actor: await getActor() });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="unit-kerja.csv"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden")) {
      const t = await getTranslations("errors");
      return new Response(t(error.code), {
        status: error.code === "unauthenticated" ? 401 : 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    throw error;
  }
}
