// A browser script that reaches a shared helper through the `@/` alias, as the real one does.
import { indonesianZoneLabel } from "@/lib/time/zones";

document.documentElement.dataset.zone = indonesianZoneLabel("Asia/Makassar") ?? "";
