/* nn11: what the walkthrough reads off its page: the listing's lines (with the section each
   links to) and the prose's sections (with the lines each explains). Pure reading of the
   built HTML; walkthrough.js marks and follows them. */

export const lineNumber = (text) => {
  const n = parseInt(text, 10);
  return Number.isNaN(n) ? null : n;
};

// Where an in-page link points: its fragment, or null for a link to another page. (Material
// makes every href absolute when it mounts a page, so the attribute alone will not do.)
export const fragment = (link) => {
  if (!link || !link.hash || link.pathname !== location.pathname || link.origin !== location.origin) return null;
  return link.hash;
};

export const excerptLines = (excerpt) =>
  Array.from(excerpt.querySelectorAll(".linenos .normal"), (number) => lineNumber(number.textContent));

// line N -> {code: its span, number: its line number, link: the link to its section}
export function listingLines(listing, listingName) {
  const lines = new Map();
  for (const span of listing.querySelectorAll(`td.code code > span[id^='${listingName}-']`)) {
    const n = lineNumber(span.id.slice(listingName.length + 1));
    if (n !== null) lines.set(n, { code: span, number: null, link: null });
  }
  for (const number of listing.querySelectorAll(".linenos .normal")) {
    const line = lines.get(lineNumber(number.textContent));
    if (!line) continue;
    line.number = number;
    const link = number.querySelector("a[href]");
    if (link && /^#line-\d+$/.test(fragment(link))) {
      line.link = link;
      line.code.classList.add("has-section");
      line.code.title = link.title;
    }
  }
  return lines;
}

// Section boundaries, in page order: every h2 starts a section (line or not), and an h3
// such as line-36a belongs to its line. Headings are the boundaries because the pages
// are Markdown: a section is everything from one heading to the next. A section marks
// the lines its excerpt shows (lines 4 to 7 for the function that line 4 starts).
export function proseSections(prose, listingName) {
  const sections = [];
  for (const heading of prose.querySelectorAll("h2[id], h3[id^='line-']")) {
    const match = /^line-(\d+)/.exec(heading.id);
    const line = match ? lineNumber(match[1]) : null;
    let range = line === null ? [] : [line];
    for (let el = heading.nextElementSibling; el && !/^H[23]$/.test(el.tagName); el = el.nextElementSibling) {
      if (line !== null && el.matches(`[data-excerpt='${listingName}']`)) {
        range = excerptLines(el);
        if (!range.includes(line)) range = [line];
        break;
      }
    }
    sections.push({ heading, line, range });
  }
  return sections;
}
