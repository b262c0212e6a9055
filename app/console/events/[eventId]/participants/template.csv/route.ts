import { PARTICIPANT_CSV_TEMPLATE } from "@/lib/participants/csv";

// The empty form of a participants import: the header and one example row. It holds no data,
// so it needs no authorization.
export function GET(): Response {
  return new Response(PARTICIPANT_CSV_TEMPLATE, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="templat-peserta.csv"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
