/* nn11: the walkthrough's reading aids. Everything here is an enhancement: without it the
   page already shows every line and every word, and the line numbers are plain links.

   - The lines that the section being read explains are marked in the listing, so the reader
     never has to count lines; on a narrow screen, where the listing is far above, a bar at
     the top repeats the line instead.
   - A whole listing line is a click target, not only its small number.
   - Pointing at (or tabbing to) a link to a line, or an excerpt, marks those lines too, so
     the reader sees them in context before deciding to jump. */
import { onPage } from "./page.js";
import { whenNear } from "./near.js";
import { excerptLines, fragment, lineNumber, listingLines, proseSections } from "./walkthrough-structure.js";

// the same breakpoint as nn11.css: from here up the listing sits beside the prose
const SIDE_BY_SIDE = window.matchMedia("(min-width: 60em)");
const REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");
// a section becomes current when its heading passes this fraction of the viewport height:
// far enough down that a heading jumped to (which lands just under the header) counts
const READING_LINE = 0.4;

function setUp(walkthrough, page) {
  const listing = walkthrough.querySelector(".walkthrough__code [data-listing]");
  const prose = walkthrough.querySelector(".walkthrough__prose");
  const code = listing && listing.querySelector("td.code code");
  if (!code || !prose) return;
  const listingName = listing.getAttribute("data-listing");
  const scroller = listing.closest(".walkthrough__code");

  const lines = listingLines(listing, listingName);
  if (!lines.size) return;
  const numbers = [...lines.keys()];
  const firstLine = numbers[0];
  const lastLine = numbers[numbers.length - 1];
  const sections = proseSections(prose, listingName);

  const bar = document.createElement("div");
  bar.className = "walkthrough__now";
  bar.hidden = true;
  // a visual echo of the heading and excerpt just read: screen readers have those already
  bar.setAttribute("aria-hidden", "true");
  walkthrough.appendChild(bar);
  page.onLeave(() => bar.remove());

  let current = null; // the section being read
  let previewed = []; // lines a link or excerpt under the pointer or focus points at
  let hovered = null; // the line under the pointer, if it has a section

  // Marked lines are drawn as bands in the background of the code block, computed from
  // the line height. Styling the line spans as blocks would be simpler, but block boxes
  // add a newline of their own to every line when the reader selects and copies the code,
  // so the listing is never re-laid out: only painted.
  //
  // Layout is read only where the browser has just done it (in the observers' callbacks)
  // and kept: reading it after a change forces an extra layout of a long page, and at
  // load those add up to the longest task on the page.
  let geometry = null; // {padding, lineHeight} of the code block, in px
  function measure() {
    const style = getComputedStyle(code);
    const top = lines.get(firstLine).code.getBoundingClientRect().top;
    const lineHeight = lastLine > firstLine
      ? (lines.get(lastLine).code.getBoundingClientRect().top - top) / (lastLine - firstLine)
      : parseFloat(style.lineHeight);
    geometry = { padding: parseFloat(style.paddingTop), lineHeight };
  }

  function draw() {
    const layers = [];
    const band = (from, to, colour, width = "100%") => {
      layers.push({
        image: `linear-gradient(${colour},${colour})`,
        position: `0 ${geometry.padding + (from - firstLine) * geometry.lineHeight}px`,
        size: `${width} ${(to - from + 1) * geometry.lineHeight}px`,
      });
    };
    if (current || previewed.length || hovered !== null) {
      if (!geometry) measure();
      const [from, to] = current ? [current.range[0], current.range[current.range.length - 1]] : [];
      // first layer on top: the accent edge, then the preview, the current lines, the hover
      if (current) band(from, to, "var(--nn11-line-edge)", "0.2rem");
      if (previewed.length) band(previewed[0], previewed[previewed.length - 1], "var(--nn11-line-preview)");
      if (current) band(from, to, "var(--nn11-line-current)");
      if (hovered !== null) band(hovered, hovered, "var(--nn11-line-preview)");
    }
    code.style.backgroundImage = layers.map((layer) => layer.image).join(",");
    code.style.backgroundPosition = layers.map((layer) => layer.position).join(",");
    code.style.backgroundSize = layers.map((layer) => layer.size).join(",");
    code.style.backgroundRepeat = layers.length ? "no-repeat" : "";
  }

  const mark = (lineList, className, on) => {
    for (const n of lineList) {
      const line = lines.get(n);
      line.code.classList.toggle(className, on);
      if (line.number) line.number.classList.toggle(className, on);
    }
  };

  // Keep a marked line visible inside the listing's own scroll box (side by side only:
  // stacked, the listing is not where the reader is, and the page must not jump). In the
  // next frame, after this change's writes, so that it reads one fresh layout.
  let revealFrame = null;
  function reveal(n) {
    if (!lines.has(n) || !SIDE_BY_SIDE.matches) return;
    cancelAnimationFrame(revealFrame);
    revealFrame = page.frame(() => {
      if (scroller.scrollHeight <= scroller.clientHeight) return;
      const box = scroller.getBoundingClientRect();
      const lineBox = lines.get(n).code.getBoundingClientRect();
      const margin = Math.min(64, box.height / 4);
      if (lineBox.top >= box.top + margin && lineBox.bottom <= box.bottom - margin) return;
      scroller.scrollTo({
        top: scroller.scrollTop + lineBox.top - box.top - scroller.clientHeight / 3,
        behavior: REDUCED_MOTION.matches ? "auto" : "smooth",
      });
    });
  }

  function showBar(n) {
    if (n === null || !lines.has(n)) {
      bar.hidden = true;
      return;
    }
    const lineCode = document.createElement("code");
    lineCode.className = "highlight"; // for the listing's syntax colours
    for (const node of lines.get(n).code.childNodes) lineCode.appendChild(node.cloneNode(true));
    // the line's indentation and newline only waste a narrow screen's width
    const head = lineCode.firstChild;
    if (head && head.nodeType === Node.TEXT_NODE) head.textContent = head.textContent.replace(/^\s+/, "");
    const tail = lineCode.lastChild;
    if (tail && tail.nodeType === Node.TEXT_NODE) tail.textContent = tail.textContent.replace(/\s+$/, "");
    const label = document.createElement("span");
    label.className = "walkthrough__now-number";
    label.textContent = `Line ${n}`;
    bar.replaceChildren(label, lineCode);
    bar.hidden = false;
  }

  function setCurrent(section) {
    if (section === current) return;
    if (current) mark(current.range, "is-current", false);
    current = section;
    if (current) {
      mark(current.range, "is-current", true);
      reveal(current.line);
    }
    showBar(current ? current.line : null);
    draw();
  }

  function update() {
    const readingLine = window.innerHeight * READING_LINE;
    let section = null;
    // past the end of the walkthrough nothing in the listing is being read
    if (prose.getBoundingClientRect().bottom > readingLine) {
      for (const candidate of sections) {
        if (candidate.heading.getBoundingClientRect().top > readingLine) break;
        section = candidate.line === null ? null : candidate;
      }
    }
    setCurrent(section);
  }

  // The observer watches every block of the prose (headings included) through the part
  // of the viewport above the reading line: a heading crossing the reading line enters it,
  // and a jump (a link, the browser's find) changes which blocks are in it, so either way
  // the current section is worked out again.
  const readingObserver = page.observe(new IntersectionObserver(update, {
    rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px`,
  }));
  for (const block of prose.children) readingObserver.observe(block);
  // a new font size or width changes the line height the bands are drawn with
  const resizeObserver = page.observe(new ResizeObserver(() => {
    measure();
    draw();
  }));
  resizeObserver.observe(code);

  function setPreview(lineList) {
    const shown = lineList.filter((n) => lines.has(n));
    if (shown.join() === previewed.join()) return;
    const ended = previewed.length > 0;
    mark(previewed, "is-previewed", false);
    previewed = shown;
    mark(previewed, "is-previewed", true);
    draw();
    if (previewed.length) reveal(previewed[0]);
    else if (ended && current) reveal(current.line);
  }

  // which listing lines a link or an excerpt points at
  const toSection = /^#line-(\d+)/;
  const toLine = new RegExp(`^#${listingName}-(\\d+)$`);
  function pointedLines(target) {
    if (!(target instanceof Element)) return [];
    const href = fragment(target.closest("a[href]"));
    if (href) {
      const match = toSection.exec(href) || toLine.exec(href);
      if (match) return [lineNumber(match[1])];
    }
    const excerpt = target.closest(`[data-excerpt='${listingName}']`);
    return excerpt ? excerptLines(excerpt) : [];
  }

  // the listing line at a point on the screen (the lines never wrap)
  function lineAt(y) {
    if (!geometry) measure();
    const offset = y - code.getBoundingClientRect().top - geometry.padding;
    const n = firstLine + Math.floor(offset / geometry.lineHeight);
    return lines.has(n) ? n : null;
  }

  const listenerOptions = { signal: page.signal };
  // leaving one link for another, or for plain text, both come down to "what is pointed
  // at now"; moving within an excerpt keeps its preview
  walkthrough.addEventListener("mouseover", (e) => setPreview(pointedLines(e.target)), listenerOptions);
  walkthrough.addEventListener("mouseout", (e) => setPreview(pointedLines(e.relatedTarget)), listenerOptions);
  walkthrough.addEventListener("focusin", (e) => setPreview(pointedLines(e.target)), listenerOptions);
  walkthrough.addEventListener("focusout", (e) => setPreview(pointedLines(e.relatedTarget)), listenerOptions);

  code.addEventListener("mousemove", (e) => {
    let n = lineAt(e.clientY);
    n = n !== null && lines.get(n).link ? n : null;
    if (n === hovered) return;
    hovered = n;
    code.style.cursor = n === null ? "" : "pointer";
    draw();
  }, listenerOptions);
  code.addEventListener("mouseleave", () => {
    hovered = null;
    code.style.cursor = "";
    draw();
  }, listenerOptions);
  code.addEventListener("click", (e) => {
    // a reader selecting code to copy it is not asking to go anywhere
    if (!window.getSelection().isCollapsed || e.target.closest("a, button")) return;
    const n = lineAt(e.clientY);
    // the same link the number is, so history and instant navigation behave alike
    if (n !== null && lines.get(n).link) lines.get(n).link.click();
  }, listenerOptions);

  // a safety net for scrolls too small to change what the observer sees
  window.addEventListener("scrollend", update, listenerOptions);
  window.addEventListener("resize", update, listenerOptions);
  SIDE_BY_SIDE.addEventListener("change", () => { if (current) reveal(current.line); }, listenerOptions);
  // (no update() here: the observer's first report, once the page is laid out, does it)
}

// Set up once the walkthrough comes near the screen, or once the browser is idle if that is
// sooner: none of it is needed to show the page, and loading a long page on a phone has
// enough to do. (A page without a walkthrough costs nothing at all.)
onPage((page) => {
  for (const walkthrough of document.querySelectorAll(".walkthrough")) {
    whenNear(page, walkthrough, () => setUp(walkthrough, page), { idle: true });
  }
});
