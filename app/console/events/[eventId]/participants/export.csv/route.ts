import { participantsExportRoute } from "@/lib/participants/export-route";

export const dynamic = "force-dynamic";

export const GET = participantsExportRoute("csv");
