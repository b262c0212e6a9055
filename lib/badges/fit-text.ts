// Text that must fit a box: a name on a badge or a tent card is set as large as it can be within
// a number of lines, shrinks for a long one, and is cut with "…" only below the smallest size.

export interface FitOptions {
  font: string;
  width: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
}

export interface Fitted {
  size: number;
  /** The height the text takes at that size (never more than maxLines lines). */
  height: number;
  lineHeight: number;
}

export function fitText(doc: PDFKit.PDFDocument, text: string, options: FitOptions): Fitted {
  let size = options.maxSize;
  for (; size >= options.minSize; size -= 0.5) {
    const fitted = measure(doc, text, options, size);
    if (fitted.height <= fitted.lineHeight * options.maxLines + 0.1) return fitted;
  }
  const smallest = measure(doc, text, options, options.minSize);
  return { ...smallest, height: smallest.lineHeight * options.maxLines };
}

function measure(doc: PDFKit.PDFDocument, text: string, options: FitOptions, size: number): Fitted {
  doc.font(options.font).fontSize(size);
  const lineHeight = doc.currentLineHeight(true);
  return { size, lineHeight, height: doc.heightOfString(text, { width: options.width, lineGap: 0 }) };
}

/** Draws text fitted by fitText; the height bound (with an ellipsis) keeps it inside its box whatever happens. */
export function drawFitted(doc: PDFKit.PDFDocument, text: string, x: number, y: number, fitted: Fitted, options: FitOptions & { align?: "left" | "center" | "right"; color?: string }) {
  doc.font(options.font).fontSize(fitted.size).fillColor(options.color ?? "black");
  doc.text(text, x, y, { width: options.width, height: fitted.lineHeight * options.maxLines + 0.5, ellipsis: true, lineGap: 0, align: options.align ?? "left" });
}
