import { describe, expect, it } from "vitest";
import id from "@/messages/id.json";
import { renderBrowser, renderSessionCard } from "./browse";
import { INITIAL_STATE, BROWSER_MESSAGES, type AgendaItem, type AgendaPageData, type BrowserMessages } from "./types";

// How the agenda's day browser reads: a moved or cancelled session, the zone shown and the switch,
// the day opened, now/next and stars. The same function renders the cached page and the phone's view.

const messages = Object.fromEntries(BROWSER_MESSAGES.map((key) => [key, id.publicAgenda[key]])) as BrowserMessages;

const base: AgendaItem = {
  id: "s1",
  title: "Diskusi Panel Humas",
  kind: "Diskusi panel",
  startsAt: "2024-09-24T03:00:00.000Z",
  endsAt: "2024-09-24T04:00:00.000Z",
  room: "Ballroom",
  speakers: "Supriyanto",
  cancelled: false,
  changedAt: null,
};

// 23:30 WIB on the 24th: already the 25th in WITA and WIT.
const late: AgendaItem = { ...base, id: "s2", title: "Malam Keakraban", startsAt: "2024-09-24T16:30:00.000Z", endsAt: "2024-09-24T17:30:00.000Z" };
const dayTwo: AgendaItem = { ...base, id: "s3", title: "Rencana Aksi", startsAt: "2024-09-25T02:00:00.000Z", endsAt: "2024-09-25T03:00:00.000Z" };

const data: AgendaPageData = { slug: "x", eventZone: "Asia/Jakarta", locale: "id", sessions: [base, late, dayTwo], messages };

function card(session: AgendaItem, zone = "Asia/Jakarta") {
  return renderSessionCard(data, session, zone, { isNow: false, isNext: false, bookmarked: false }).value;
}

describe("a session card", () => {
  it("shows a plain session without marks", () => {
    const html = card(base);
    expect(html).toContain("10.00–11.00 WIB");
    expect(html).not.toContain("Diubah");
    expect(html).not.toContain("Dibatalkan");
  });

  it("marks a session changed after publication with its update time on the clock shown", () => {
    expect(card({ ...base, changedAt: "2024-09-20T05:00:00.000Z" })).toContain("Diubah 20 Sep 2024 12.00 WIB");
    expect(card({ ...base, changedAt: "2024-09-20T05:00:00.000Z" }, "Asia/Jayapura")).toContain("Diubah 20 Sep 2024 14.00 WIT");
  });

  it("strikes a cancelled session through and says so", () => {
    const html = card({ ...base, cancelled: true, changedAt: "2024-09-20T05:00:00.000Z" });
    expect(html).toContain("Dibatalkan");
    expect(html).toMatch(/class="[^"]*line-through[^"]*"><a href="\/e\/x\/agenda\/s1"/);
    expect(html).not.toContain("Diubah");
  });

  it("never lets an organizer's title become markup", () => {
    const html = card({ ...base, title: `<img src=x onerror="alert(1)">` });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("the day browser", () => {
  it("renders for the cache with the event's zone, the first day and no switch", () => {
    const html = renderBrowser(data, INITIAL_STATE).value;
    expect(html).toContain("Waktu ditampilkan dalam WIB (Asia/Jakarta), zona waktu acara.");
    expect(html).not.toContain('data-action="zone"');
    expect(html).toMatch(/id="agenda-tab-2024-09-24"[^>]*aria-selected="true"/);
    expect(html).toContain("23.30–00.30 WIB");
    expect(html).not.toContain("Rencana Aksi");
  });

  it("offers a delegate in Makassar their zone, and moves a 23:30 WIB session to the next day in WITA", () => {
    const inMakassar = { ...INITIAL_STATE, viewerZone: "Asia/Makassar" };
    expect(renderBrowser(data, inMakassar).value).toContain("Tampilkan dalam zona saya (WITA)");
    const shown = renderBrowser(data, { ...inMakassar, useViewerZone: true, chosenDay: "2024-09-25" }).value;
    expect(shown).toContain("Waktu ditampilkan dalam WITA (Asia/Makassar), zona waktu perangkat Anda.");
    expect(shown).toContain("Tampilkan dalam zona acara (WIB)");
    expect(shown).toContain("00.30–01.30 WITA");
    expect(shown).toContain("10.00–11.00 WITA");
    expect(shown).not.toContain("WIB<");
  });

  it("opens today's tab during the event with now and next marked", () => {
    const html = renderBrowser(data, { ...INITIAL_STATE, now: new Date("2024-09-25T01:00:00.000Z") }).value;
    expect(html).toMatch(/id="agenda-tab-2024-09-25"[^>]*aria-selected="true"/);
    expect(html).toContain("Berikutnya");
    expect(html).not.toContain("Sedang berlangsung");
  });

  it("shows only the starred sessions when asked, with the personal calendar of the ticket", () => {
    const state = { ...INITIAL_STATE, onlyMine: true, bookmarks: ["s2", "gone"], ticketToken: "A".repeat(22) };
    const html = renderBrowser(data, state).value;
    expect(html).toContain("Agenda saya (1)");
    expect(html).toContain("Malam Keakraban");
    expect(html).not.toContain("Diskusi Panel Humas");
    expect(html).toContain(`href="/t/${"A".repeat(22)}/agenda.ics?s=s2"`);
    expect(html).toContain('aria-label="Hapus dari agenda saya: Malam Keakraban"');
    expect(html).toContain("Lupakan tiket ini di perangkat ini");
    expect(renderBrowser(data, { ...state, ticketToken: null }).value).not.toContain("Lupakan tiket");
  });

  it("says so when there is no session at all", () => {
    expect(renderBrowser({ ...data, sessions: [] }, INITIAL_STATE).value).toContain("Agenda belum diumumkan.");
  });
});
