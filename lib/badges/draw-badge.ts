import { FONT } from "@/lib/documents/fonts";
import type { Translate } from "@/lib/documents/labels";
import type { LetterheadData } from "@/lib/documents/letterhead";
import { ticketCode } from "@/lib/tickets/ticket-code";
import { drawFitted, fitText } from "./fit-text";
import type { Cell } from "./layout";
import { MM } from "./layout";
import { drawQr } from "./qr";
import type { BadgeEvent, BadgePerson, BadgeRole } from "./types";

// One name badge in its box: the event (and the organisation's logo, small) at the top, the name
// large across the badge, jabatan and unit beside the ticket QR, and the role band at the foot.
// Every measure scales with the badge's height, so the 85 × 54 mm card is the 90 × 65 mm badge smaller.

export const ROLE_COLORS: Record<BadgeRole, string> = { PESERTA: "#1e3a8a", NARASUMBER: "#9f1239", PANITIA: "#166534" };
const BASE_HEIGHT = 65 * MM;

export interface BadgeHeader {
  event: BadgeEvent;
  logo: LetterheadData["logo"];
}

export function drawBadge(doc: PDFKit.PDFDocument, box: Pick<Cell, "x" | "y" | "width" | "height">, badge: BadgePerson, header: BadgeHeader, t: Translate): void {
  const s = box.height / BASE_HEIGHT;
  const pad = 8 * s;
  const inner = box.width - 2 * pad;
  const x = box.x + pad;
  let y = box.y + pad;

  // The header: logo and the event's short title, two lines at most.
  const headerHeight = 20 * s;
  const logoSize = header.logo ? headerHeight : 0;
  if (header.logo) doc.image(header.logo.data, x, y, { fit: [logoSize, logoSize], align: "center", valign: "center" });
  const titleX = x + (logoSize ? logoSize + 5 * s : 0);
  const titleOptions = { font: FONT.bold, width: box.x + box.width - pad - titleX, maxSize: 8 * s, minSize: 6 * s, maxLines: 2 };
  const title = fitText(doc, header.event.shortTitle, titleOptions);
  drawFitted(doc, header.event.shortTitle, titleX, y + (headerHeight - title.height) / 2, title, { ...titleOptions, color: "#0f172a" });
  y += headerHeight + 3 * s;
  doc.lineWidth(0.6 * s).strokeColor(ROLE_COLORS[badge.role]).moveTo(x, y).lineTo(x + inner, y).stroke();
  y += 5 * s;

  // From the foot up: the role band, then the QR.
  const bandHeight = 19 * s;
  const bandY = box.y + box.height - bandHeight;
  doc.rect(box.x, bandY, box.width, bandHeight).fill(ROLE_COLORS[badge.role]);
  doc.font(FONT.bold).fontSize(10 * s).fillColor("#ffffff");
  doc.text(t(`role.${badge.role}`), box.x, bandY + (bandHeight - doc.currentLineHeight()) / 2, { width: box.width, align: "center", lineBreak: false });

  // The ticket QR, with the code under it for typing; a badge without a ticket (a speaker's) has none.
  const qr = badge.ticketToken ? 58 * s : 0;
  const codeHeight = 8 * s;
  const qrX = box.x + box.width - pad - qr;
  const qrY = bandY - 4 * s - codeHeight - 58 * s;
  if (badge.ticketToken) {
    drawQr(doc, badge.ticketToken, qrX, qrY, qr);
    doc.font(FONT.regular).fontSize(6 * s).fillColor("#334155");
    doc.text(ticketCode(badge.ticketToken), qrX - 6 * s, qrY + qr + 1.5 * s, { width: qr + 12 * s, align: "center", lineBreak: false });
  }

  // The name, as large as fits in two lines, in the middle of the space above the QR.
  const nameOptions = { font: FONT.bold, width: inner, maxSize: 17 * s, minSize: 7 * s, maxLines: 2 };
  const name = fitText(doc, badge.name, nameOptions);
  const nameY = y + Math.max(0, (qrY - 3 * s - y - name.height) / 2);
  drawFitted(doc, badge.name, x, nameY, name, { ...nameOptions, align: "center" });

  // Jabatan and unit beside the QR, from the QR's top.
  const textWidth = (qr ? qrX - 6 * s : box.x + box.width - pad) - x;
  let textY = Math.max(qrY, nameY + name.height + 4 * s);
  const lines: [string | null, string, string][] = [
    [badge.position, FONT.regular, "#0f172a"],
    [badge.unitName, FONT.bold, "#334155"],
  ];
  for (const [text, font, color] of lines) {
    if (!text) continue;
    const lineHeight = doc.font(font).fontSize(8 * s).currentLineHeight(true);
    const maxLines = Math.min(3, Math.floor((bandY - 3 * s - textY) / lineHeight));
    if (maxLines < 1) break;
    const options = { font, width: textWidth, maxSize: 8 * s, minSize: 6.5 * s, maxLines };
    const fitted = fitText(doc, text, options);
    drawFitted(doc, text, x, textY, fitted, { ...options, color });
    textY += fitted.height + 2.5 * s;
  }
  doc.fillColor("black");
}

/** Thin marks just outside each corner, in the free space around the badge, to cut along. */
export function drawCutMarks(doc: PDFKit.PDFDocument, cell: Cell): void {
  const gap = 1 * MM;
  const reach = (room: number) => Math.max(0, Math.min(3.5 * MM, room - 2 * gap));
  const { x, y, width, height, room } = cell;
  doc.save().lineWidth(0.3).strokeColor("#000000");
  for (const [cx, horizontal] of [[x, -1], [x + width, 1]] as const) {
    const side = horizontal < 0 ? room.left : room.right;
    for (const [cy, vertical] of [[y, -1], [y + height, 1]] as const) {
      const along = vertical < 0 ? room.top : room.bottom;
      doc.moveTo(cx + horizontal * gap, cy).lineTo(cx + horizontal * (gap + reach(side)), cy).stroke();
      doc.moveTo(cx, cy + vertical * gap).lineTo(cx, cy + vertical * (gap + reach(along))).stroke();
    }
  }
  doc.restore();
}
