import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import id from "@/messages/id.json";
import { SessionCard } from "./session-card";
import type { AgendaItem } from "./types";

// How a session reads in the agenda once the organizer has moved or cancelled it after publication.

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
  href: "/e/x/agenda/s1",
};

function render(session: AgendaItem, zone = "Asia/Jakarta") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="id" messages={id} timeZone="Asia/Jakarta">
      <ol>
        <SessionCard session={session} zone={zone} isNow={false} isNext={false} bookmarked={false} onToggle={() => {}} />
      </ol>
    </NextIntlClientProvider>,
  );
}

describe("a session card", () => {
  it("shows a plain session without marks", () => {
    const html = render(base);
    expect(html).toContain("10.00–11.00 WIB");
    expect(html).not.toContain("Diubah");
    expect(html).not.toContain("Dibatalkan");
  });

  it("marks a session changed after publication with its update time on the clock shown", () => {
    expect(render({ ...base, changedAt: "2024-09-20T05:00:00.000Z" })).toContain("Diubah 20 Sep 2024 12.00 WIB");
    expect(render({ ...base, changedAt: "2024-09-20T05:00:00.000Z" }, "Asia/Jayapura")).toContain("Diubah 20 Sep 2024 14.00 WIT");
  });

  it("strikes a cancelled session through and says so", () => {
    const html = render({ ...base, cancelled: true, changedAt: "2024-09-20T05:00:00.000Z" });
    expect(html).toContain("Dibatalkan");
    expect(html).toMatch(/class="[^"]*line-through[^"]*"><a href="\/e\/x\/agenda\/s1"/);
    expect(html).not.toContain("Diubah");
  });
});
