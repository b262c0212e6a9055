import { FONT } from "./fonts";
import type { Pdf } from "./pdf";

// The one table of every PDF: ruled cells whose text wraps inside them, rows that never split
// across pages, the column headings repeated at the top of each new page, cells spanning columns
// (totals) and cells that draw something of their own (a signature).

export type Align = "left" | "center" | "right";

export interface Column {
  header: string;
  /** A share of the table's width: [1, 4, 2] gives the second column four times the first's. */
  weight: number;
  align?: Align;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CellSpec {
  text: string;
  /** Number of columns this cell covers. */
  span?: number;
  align?: Align;
  bold?: boolean;
  /** Draws inside the cell after its border and text. */
  draw?: (box: Box) => void;
}

export type Cell = string | CellSpec;

export interface Row {
  cells: Cell[];
  bold?: boolean;
  fill?: string;
}

export interface TableOptions {
  columns: Column[];
  rows: Iterable<Row | Cell[]>;
  fontSize?: number;
  padding?: number;
  minRowHeight?: number;
  /** Printed in one full-width row when there are no rows. */
  empty?: string;
  headerFill?: string;
  /** Defaults to the page's text area. */
  x?: number;
  width?: number;
  /** Called after a page break, before the headings are drawn again (e.g. to repeat a caption). */
  onNewPage?: () => void;
}

interface Placed {
  text: string;
  x: number;
  width: number;
  align: Align;
  bold: boolean;
  draw?: (box: Box) => void;
}

export function drawTable(pdf: Pdf, options: TableOptions): void {
  const { doc } = pdf;
  const x0 = options.x ?? pdf.left;
  const total = options.width ?? pdf.width;
  const size = options.fontSize ?? 8.5;
  const pad = options.padding ?? 3;
  const weights = options.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = options.columns.map((column) => (column.weight / weights) * total);
  const starts = widths.map((_, i) => x0 + widths.slice(0, i).reduce((sum, w) => sum + w, 0));

  const place = (cells: Cell[], rowBold: boolean): Placed[] => {
    const placed: Placed[] = [];
    let column = 0;
    for (const cell of cells) {
      const spec: CellSpec = typeof cell === "string" ? { text: cell } : cell;
      const span = Math.max(1, Math.min(spec.span ?? 1, widths.length - column));
      const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
      placed.push({ text: spec.text, x: starts[column]!, width, align: spec.align ?? options.columns[column]?.align ?? "left", bold: spec.bold ?? rowBold, draw: spec.draw });
      column += span;
    }
    return placed;
  };
  const heightOf = (cells: Placed[], minHeight: number) =>
    Math.max(
      minHeight,
      ...cells.map((cell) => {
        doc.font(cell.bold ? FONT.bold : FONT.regular).fontSize(size);
        return cell.text ? doc.heightOfString(cell.text, { width: cell.width - 2 * pad }) + 2 * pad : 0;
      }),
    );
  const drawRow = (cells: Placed[], height: number, fill?: string) => {
    const y = doc.y;
    if (fill) doc.rect(x0, y, total, height).fill(fill);
    doc.lineWidth(0.5).strokeColor("#334155").fillColor("black");
    for (const cell of cells) {
      doc.rect(cell.x, y, cell.width, height).stroke();
      if (cell.text) {
        doc.font(cell.bold ? FONT.bold : FONT.regular).fontSize(size).fillColor("black");
        doc.text(cell.text, cell.x + pad, y + pad, { width: cell.width - 2 * pad, align: cell.align });
      }
      cell.draw?.({ x: cell.x, y, width: cell.width, height });
    }
    doc.x = x0;
    doc.y = y + height;
  };

  const header = place(options.columns.map((column) => ({ text: column.header, align: "center" as const })), true);
  const headerHeight = heightOf(header, 0);
  const drawHeader = () => drawRow(header, headerHeight, options.headerFill ?? "#e2e8f0");
  const minRow = options.minRowHeight ?? 0;

  if (doc.y + headerHeight + Math.max(minRow, size * 2) > pdf.bottom()) doc.addPage();
  drawHeader();
  let count = 0;
  for (const item of options.rows) {
    const row: Row = Array.isArray(item) ? { cells: item } : item;
    const cells = place(row.cells, row.bold ?? false);
    const height = heightOf(cells, minRow);
    if (doc.y + height > pdf.bottom()) {
      doc.addPage();
      options.onNewPage?.();
      drawHeader();
    }
    drawRow(cells, height, row.fill);
    count += 1;
  }
  if (count === 0 && options.empty) {
    const cells = place([{ text: options.empty, span: widths.length, align: "center" }], false);
    drawRow(cells, heightOf(cells, minRow), undefined);
  }
}
