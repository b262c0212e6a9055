// Placeholder: the agenda page's browser script (being written). Bundled to public/agenda/agenda.js.
export {};
