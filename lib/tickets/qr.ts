import "server-only";
import QRCode from "qrcode";

/**
 * The ticket's QR code as an SVG document, drawn on the server so the page needs no script and
 * stays small on hotel Wi-Fi. It encodes the bare token (see tokenFromScan); level M survives a
 * scratched or glaring phone screen.
 */
export async function ticketQrSvg(token: string): Promise<string> {
  return QRCode.toString(token, { type: "svg", errorCorrectionLevel: "M", margin: 1, color: { dark: "#000000", light: "#ffffff" } });
}
