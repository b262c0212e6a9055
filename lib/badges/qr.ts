import QRCode from "qrcode";

// The ticket QR drawn as vector squares: sharp on any printer at any size, and a few hundred bytes
// a badge. It holds the bare ticket token, as the ticket page's QR does (lib/tickets/qr.ts), so the
// door scanner reads a badge exactly as it reads a phone; level M, like the ticket's.

/** Draws the QR of `payload` filling a square of `size` points at (x, y), on white. */
export function drawQr(doc: PDFKit.PDFDocument, payload: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: "M" });
  const unit = size / modules.size;
  doc.save();
  doc.rect(x, y, size, size).fill("#ffffff");
  // One rectangle per run of dark modules in a row: a smaller file than one per module.
  for (let row = 0; row < modules.size; row += 1) {
    let start = -1;
    for (let col = 0; col <= modules.size; col += 1) {
      const dark = col < modules.size && modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        doc.rect(x + start * unit, y + row * unit, (col - start) * unit, unit);
        start = -1;
      }
    }
  }
  doc.fill("#000000");
  doc.restore();
}
