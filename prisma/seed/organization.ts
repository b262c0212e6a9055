import { readFileSync } from "node:fs";
import sharp from "sharp";

// The demo organisation: the Directorate General of Corrections, the top of its unit hierarchy
// (Ditjen → Kanwil → UPT), with the letterhead its documents print. Rakor itself knows no organisation:
// a fresh installation creates its own (npm run admin:create).
export const DITJENPAS = {
  code: "DITJENPAS",
  name: "Direktorat Jenderal Pemasyarakatan",
  shortName: "Ditjenpas",
  parentLines: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN\nREPUBLIK INDONESIA",
  address: "Jalan Veteran No. 11, Gambir, Jakarta Pusat 10110",
  phone: "(021) 3857611",
  email: "humas@ditjenpas.go.id",
  website: "https://www.ditjenpas.go.id",
  timeZone: "Asia/Jakarta",
} as const;

/** The demo letterhead's logo: a neutral emblem drawn for Rakor (demo-logo.svg), as a PNG. */
export async function demoLogo(): Promise<{ logo: Uint8Array<ArrayBuffer>; logoType: string }> {
  const png = await sharp(readFileSync(new URL("./demo-logo.svg", import.meta.url))).png().toBuffer();
  return { logo: new Uint8Array(png), logoType: "image/png" };
}
