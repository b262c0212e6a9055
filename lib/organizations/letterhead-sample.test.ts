import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { readPdf, renderFirstPage } from "@/lib/documents/testing";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { createOrganizer, refusal } from "@/lib/units/testing";
import { seedDemo } from "@/prisma/seed/demo";
import { letterheadSample } from "./letterhead-sample";
import { updateOrganization } from "./update-organization";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let coordinator: Actor;
let other: Actor;

beforeAll(async () => {
  await seedDemo(prisma(), { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, coordinator } = await demoActors(prisma()));
  other = await createOrganizer(prisma());
});

describe("the sample letterhead", () => {
  it("prints the organiser's own kop surat with its logo, lines and contact, as every document does", async () => {
    const file = (await letterheadSample(organizer, new Date("2026-12-01T02:00:00Z")))!;
    expect(file.name).toBe("kop-surat-ditjenpas");
    const read = await readPdf(file.bytes);
    expect(read.pages).toHaveLength(1);
    for (const line of ["KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN", "REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PEMASYARAKATAN", "Jalan Veteran No. 11, Gambir, Jakarta Pusat 10110", "Telp. (021) 3857611 · humas@ditjenpas.go.id · https://www.ditjenpas.go.id"]) {
      expect(read.text).toContain(line);
    }
    const png = renderFirstPage(file.bytes, "kop-surat");
    // The logo is there: the top-left corner of the page is not blank.
    const { data, info } = await sharp(png).extract({ left: 40, top: 40, width: 80, height: 80 }).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(80);
    expect(Math.min(...data)).toBeLessThan(100);
  });

  it("prints another organisation's own name for its organiser, and nothing for a coordinator", async () => {
    await updateOrganization({ actor: other, input: { name: "Balai Pemasyarakatan Lestārī", shortName: "", parentLines: "", address: "", phone: "", email: "", website: "", timeZone: "Asia/Makassar" } });
    const read = await readPdf((await letterheadSample(other))!.bytes);
    expect(read.text).toContain("BALAI PEMASYARAKATAN LESTĀRĪ");
    expect(read.text).not.toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect((await refusal(letterheadSample(coordinator))).code).toBe("forbidden");
    expect((await refusal(letterheadSample(null))).code).toBe("unauthenticated");
  });
});
