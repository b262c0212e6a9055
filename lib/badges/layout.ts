import type { BadgeSize } from "./schema";

// Where badges sit on an A4 sheet. 8 per page: 2 × 4 of 90 × 65 mm (the common clip-on badge);
// 10 per page: 2 × 5 of 85 × 54 mm (the card size, fits a standard ID-card sleeve). The grid is
// centred with gutters, which leaves room for cut marks between neighbours and keeps every badge
// clear of the 5 mm a printer cannot reach.

export const MM = 72 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };

export interface BadgeFormat {
  columns: number;
  rows: number;
  width: number;
  height: number;
  gapX: number;
  gapY: number;
}

export const BADGE_FORMATS: Record<BadgeSize, BadgeFormat> = {
  "8": { columns: 2, rows: 4, width: 90 * MM, height: 65 * MM, gapX: 6 * MM, gapY: 5 * MM },
  "10": { columns: 2, rows: 5, width: 85 * MM, height: 54 * MM, gapX: 6 * MM, gapY: 4 * MM },
};

export interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Free space around the badge, to its neighbour or the paper's edge: where its cut marks may go. */
  room: { left: number; right: number; top: number; bottom: number };
}

export const perPage = (format: BadgeFormat) => format.columns * format.rows;

/** The badge boxes of one page, row by row, in points from the top left. */
export function pageCells(format: BadgeFormat): Cell[] {
  const marginX = (A4.width - format.columns * format.width - (format.columns - 1) * format.gapX) / 2;
  const marginY = (A4.height - format.rows * format.height - (format.rows - 1) * format.gapY) / 2;
  const cells: Cell[] = [];
  for (let row = 0; row < format.rows; row += 1) {
    for (let column = 0; column < format.columns; column += 1) {
      cells.push({
        x: marginX + column * (format.width + format.gapX),
        y: marginY + row * (format.height + format.gapY),
        width: format.width,
        height: format.height,
        room: {
          left: column === 0 ? marginX : format.gapX,
          right: column === format.columns - 1 ? marginX : format.gapX,
          top: row === 0 ? marginY : format.gapY,
          bottom: row === format.rows - 1 ? marginY : format.gapY,
        },
      });
    }
  }
  return cells;
}
