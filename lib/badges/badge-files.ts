import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { documentTexts } from "@/lib/documents/labels";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import type { DocumentFile } from "@/lib/documents/http";
import { fileSlug } from "@/lib/documents/zip";
import type { BadgeHeader } from "./draw-badge";
import { getBadgeSheet, getOneBadge, getRoleBadges, getTentCards } from "./queries";
import { renderBadgeSheet } from "./render-badge-sheet";
import { renderTentCards } from "./render-tent-cards";
import { parseBadgeQuery, parseTentQuery, type BadgeFilter } from "./schema";
import type { BadgeEvent } from "./types";

// The three badge documents as files for documentResponse: each reads with the actor's scope first
// and loads the letterhead (for its logo) only for an event the actor may print for.

async function headerOf(event: BadgeEvent): Promise<BadgeHeader> {
  return { event, logo: (await loadLetterhead(event.organizationId)).logo };
}

/** "Semua unit · terkonfirmasi · belum dicetak": the filter in words, for the empty page. */
export function describeFilter(filter: BadgeFilter, unitName: string | null): string {
  const t = documentTexts("badges.pdf");
  return t("filterLine", { unit: unitName ?? t("allUnits"), status: t(`status.${filter.status}`), printed: t(`printed.${filter.printed}`) });
}

/** GET …/documents/badges.pdf?size=8|10&unit=&status=&printed=, or &audience=speakers|committee (the filter then does not apply). */
export async function badgeSheetFile(actor: Actor | null, eventId: string, params: URLSearchParams): Promise<DocumentFile | null> {
  const { filter, size, audience } = parseBadgeQuery(params);
  const sheet = audience === "participants" ? await getBadgeSheet(actor, eventId, filter) : await getRoleBadges(actor, eventId, audience);
  if (!sheet) return null;
  const filterLine = audience === "participants" ? describeFilter(filter, sheet.unitName) : documentTexts("badges.pdf")(`audience.${audience}`);
  const bytes = await renderBadgeSheet({ header: await headerOf(sheet.event), badges: sheet.badges, size, filterLine });
  return { bytes, format: "pdf", name: `badge-${audience === "participants" ? "" : `${audience}-`}${fileSlug(sheet.event.shortTitle)}-${size}` };
}

/** GET …/documents/badges/<registrationId>: one badge, for the door and the participant list. */
export async function oneBadgeFile(actor: Actor | null, eventId: string, registrationId: string): Promise<DocumentFile | null> {
  const found = await getOneBadge(actor, eventId, registrationId);
  if (!found) return null;
  const bytes = await renderBadgeSheet({ header: await headerOf(found.event), badges: [found.badge], size: "8", filterLine: "" });
  return { bytes, format: "pdf", name: `badge-${fileSlug(found.badge.name, "peserta")}` };
}

/** GET …/documents/tent-cards.pdf?speakers=1&participant=<id>… */
export async function tentCardsFile(actor: Actor | null, eventId: string, params: URLSearchParams): Promise<DocumentFile | null> {
  const options = parseTentQuery(params);
  const found = await getTentCards(actor, eventId, options);
  if (!found) return null;
  const bytes = await renderTentCards({ header: await headerOf(found.event), cards: found.cards });
  return { bytes, format: "pdf", name: `kartu-meja-${fileSlug(found.event.shortTitle)}` };
}
