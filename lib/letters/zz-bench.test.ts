import { it } from "vitest";
import { printableLetterhead } from "@/lib/documents/letterhead";
import { DITJENPAS } from "@/prisma/seed/organization";
import { defaultLetter } from "./defaults";
import { letterContent } from "./letter-content";
import { renderLetterPdf } from "./letter-pdf";
it("bench", async () => {
  const lh = await printableLetterhead({ ...DITJENPAS, logo: null, logoType: null });
  const event = { title: "Rakor Humas", theme: "Humas", startsAt: new Date("2026-12-22T01:00:00Z"), endsAt: new Date("2026-12-25T09:00:00Z"), timeZone: "Asia/Jakarta", venueName: "Hotel", venueRoom: null, venueAddress: null, venueCity: "Jakarta" };
  const letter = defaultLetter({ event, organization: { name: "Ditjenpas", phone: "021" } });
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    await renderLetterPdf(letterContent(event, { ...letter, signatoryName: "Budi" }, { name: `Lapas ${i}`, seats: 3 }), lh);
    console.log("letter", (performance.now() - t0).toFixed(0));
  }
});
