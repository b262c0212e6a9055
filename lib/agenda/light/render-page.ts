import { createHash } from "node:crypto";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy.mjs";
import { LOCALES } from "@/lib/i18n/locales";
import { renderBrowser } from "./browse";
import { attr, html, Html } from "./html";
import { INITIAL_STATE, type AgendaPageData } from "./types";

// The whole public agenda document, without React: the page most participants open, on a phone and
// weak Wi-Fi, so it carries its stylesheet and its one small script inline (no request blocks the
// first paint) and no framework. Texts arrive translated; this file only places them.

export interface AgendaAnnouncementView {
  id: string;
  createdAt: string;
  /** "Jumat, 27 September 2024 pukul 08.00 WIB". */
  when: string;
  body: string;
  /** "Sesi: Pembukaan · 08.00–09.00 WIB (dibatalkan)". */
  session: string | null;
}

export interface AgendaDocument {
  data: AgendaPageData;
  /** Document title, "Agenda · Rakor Humas … · Rakor". */
  documentTitle: string;
  description: string;
  eventTitle: string;
  eventHref: string;
  heading: string;
  /** "24–27 September 2024, 08.00–16.00 WIB". */
  dates: string;
  venue: string;
  announcements: { title: string; items: AgendaAnnouncementView[] };
  feeds: { heading: string; hint: string; links: { href: string; text: string }[] };
  nav: { label: string; links: { href: string; text: string; current: boolean }[] };
  header: { skipToContent: string; home: string; language: string; backPath: string };
  offline: string;
  lastUpdated: string;
  assets: { css: string; script: string };
}

const FEED_CLASS =
  "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-slate-50";

/** JSON inside a script element: nothing in it may close the element or open a comment. */
function scriptJson(value: unknown): Html {
  return new Html(JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029"));
}

/** The browser script as placed in the page: nothing in it may close the element. */
function inlineScript(script: string): string {
  return script.replace(/<\/script/gi, "<\\/script");
}

/**
 * The page's Content-Security-Policy: its one inline script is allowed by its SHA-256 hash, so no
 * other inline script (an injected one included) runs. The JSON data element is not executed.
 */
export function agendaContentSecurityPolicy(script: string): string {
  const hash = createHash("sha256").update(inlineScript(script), "utf8").digest("base64");
  return contentSecurityPolicy({ scripts: [`'sha256-${hash}'`] });
}

export function renderAgendaDocument(doc: AgendaDocument): string {
  const { data } = doc;
  return `<!DOCTYPE html>${html`<html lang="${data.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#0f5864">
<title>${doc.documentTitle}</title>
<meta name="description" content="${doc.description}">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any">
<style>${new Html(doc.assets.css.replace(/<\/style/gi, "<\\/style"))}</style>
</head>
<body class="min-h-dvh bg-slate-50 text-slate-900 antialiased">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">${doc.header.skipToContent}</a>
${renderHeader(doc)}
<main id="main" class="mx-auto w-full max-w-3xl px-4 py-6 sm:py-10">
<p id="offline-notice" role="status" hidden class="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">${doc.offline}</p>
<p class="text-sm"><a href="${doc.eventHref}" class="font-semibold text-brand-800 underline-offset-2 hover:underline"><span aria-hidden="true">← </span>${doc.eventTitle}</a></p>
<article class="mt-2 space-y-6">
<nav aria-label="${doc.nav.label}" class="mb-5 border-b border-slate-200"><ul class="flex flex-wrap gap-x-1">${doc.nav.links.map(
    (link) => html`<li><a href="${link.href}"${attr("aria-current", link.current && "page")} class="inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold ${
      link.current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:text-slate-950"
    }">${link.text}</a></li>`,
  )}</ul></nav>
<header>
<h1 class="text-2xl font-bold leading-tight text-brand-900">${doc.heading}</h1>
<p class="mt-1 text-slate-800">${doc.dates}</p>
${doc.venue ? html`<p class="text-slate-800">${doc.venue}</p>` : null}
</header>
${renderAnnouncements(doc.announcements)}
<div id="agenda-browser">${renderBrowser(data, INITIAL_STATE)}</div>
<section aria-labelledby="feeds-heading" class="rounded-lg border border-slate-200 bg-white p-4">
<h2 id="feeds-heading" class="font-semibold text-slate-950">${doc.feeds.heading}</h2>
<p class="mt-1 text-sm text-slate-700">${doc.feeds.hint}</p>
<ul class="mt-3 flex flex-wrap gap-2">${doc.feeds.links.map((link) => html`<li><a href="${link.href}" class="${FEED_CLASS}">${link.text}</a></li>`)}</ul>
</section>
</article>
<p class="mt-8 text-sm text-slate-700" data-testid="last-updated">${doc.lastUpdated}</p>
</main>
<script type="application/json" id="agenda-data">${scriptJson(data)}</script>
<script>${new Html(inlineScript(doc.assets.script))}</script>
</body>
</html>`}`;
}

function renderHeader(doc: AgendaDocument): Html {
  const { header, data } = doc;
  return html`<header class="bg-brand-800 text-white"><div class="mx-auto flex w-full max-w-3xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
<a href="/" class="mr-auto text-lg font-bold tracking-tight">${header.home}</a>
<div role="group" aria-label="${header.language}" class="flex overflow-hidden rounded border border-white/30 text-xs">${LOCALES.map(
    (locale) => html`<form method="post" action="/locale"><input type="hidden" name="locale" value="${locale}"><input type="hidden" name="back" value="${header.backPath}"><button type="submit" aria-pressed="${String(locale === data.locale)}" lang="${locale}" class="px-2 py-1 uppercase ${
      locale === data.locale ? "bg-white text-brand-800" : "text-white hover:bg-white/10"
    }">${locale}</button></form>`,
  )}</div>
</div></header>`;
}

function renderAnnouncements({ title, items }: AgendaDocument["announcements"]): Html | null {
  if (items.length === 0) return null;
  return html`<section aria-labelledby="announcements-title" class="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
<h2 id="announcements-title" class="text-base font-semibold">${title}</h2>
<ul class="mt-2 space-y-3">${items.map(
    (item) => html`<li class="break-words"><p class="text-xs text-amber-900"><time datetime="${item.createdAt}">${item.when}</time></p><p class="whitespace-pre-line">${item.body}</p>${
      item.session ? html`<p class="text-sm">${item.session}</p>` : null
    }</li>`,
  )}</ul>
</section>`;
}
