import "server-only";
import { documentTexts } from "@/lib/documents/labels";
import type { Block } from "./blocks";
import type { RenderReportOptions } from "./render-report";
import { renderBlocksDocx, renderBlocksPdf } from "./render-blocks";
import type { PressReleaseText } from "./schema";

// The siaran pers on the organisation's letterhead: "SIARAN PERS", the headline, then the body,
// one paragraph per blank-line-separated block, as Humas wrote or the template drafted it.

function pressBlocks(text: PressReleaseText): Block[] {
  const t = documentTexts("reports.press");
  return [
    { kind: "title", lines: [t("documentTitle"), text.title] },
    ...text.body.split(/\n\s*\n/).map((part): Block => ({ kind: "paragraph", text: part.trim() })),
  ];
}

export async function renderPressReleasePdf(text: PressReleaseText, options: RenderReportOptions): Promise<Buffer> {
  return renderBlocksPdf(pressBlocks(text), { title: text.title, ...options });
}

export async function renderPressReleaseDocx(text: PressReleaseText, options: Pick<RenderReportOptions, "letterhead">): Promise<Buffer> {
  return renderBlocksDocx(pressBlocks(text), { title: text.title, letterhead: options.letterhead });
}
