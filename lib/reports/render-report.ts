import "server-only";
import { documentTexts } from "@/lib/documents/labels";
import type { LetterheadData } from "@/lib/documents/letterhead";
import type { PrintedBy } from "@/lib/documents/pdf";
import type { ReportFacts } from "./queries";
import { renderBlocksDocx, renderBlocksPdf } from "./render-blocks";
import { reportBlocks } from "./report-blocks";

export interface RenderReportOptions {
  letterhead: LetterheadData;
  printed: PrintedBy;
}

const title = (facts: ReportFacts) => documentTexts("reports.document")("fileTitle", { title: facts.event.title });

/** The laporan kegiatan as a PDF, from facts already read for an authorized actor. */
export async function renderReportPdf(facts: ReportFacts, options: RenderReportOptions): Promise<Buffer> {
  return renderBlocksPdf(reportBlocks(facts, documentTexts("reports.document"), options.printed.at), { title: title(facts), ...options });
}

/** The same report as a Word document, for Humas to edit further. */
export async function renderReportDocx(facts: ReportFacts, options: RenderReportOptions): Promise<Buffer> {
  return renderBlocksDocx(reportBlocks(facts, documentTexts("reports.document"), options.printed.at), { title: title(facts), letterhead: options.letterhead });
}
