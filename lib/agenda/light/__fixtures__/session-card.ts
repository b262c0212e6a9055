// Stands in for an agenda template: the stylesheet build must keep exactly the utilities used here.
export const sessionCard = (title: string) => `<article class="bg-brand-700 min-h-11">${title}</article>`;
