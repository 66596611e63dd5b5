/* nn11: a box that scrolls sideways can be scrolled from the keyboard.

   A table wider than a phone scrolls inside its wrapper; keyboard users must be able to
   scroll it too, so a wrapper that actually scrolls becomes a named, focusable region.
   Code blocks too: Material makes a wide one focusable only once it has mounted it, and
   with content.lazy that waits until it is on screen (axe: scrollable-region-focusable).
   Checked as the browser lays them out (and again when they change size). */
(() => {
  "use strict";

  const scrolls = (el) => el.scrollWidth > el.clientWidth + 1;

  // (All sizes are read before anything is written: a write between reads would make the
  // browser lay the page out again for the next read.)
  const sizeObserver = new ResizeObserver(() => {
    const wraps = Array.from(document.querySelectorAll(".md-typeset__scrollwrap"),
      (wrap) => ({ wrap, scrolls: scrolls(wrap) }));
    const wideCode = Array.from(document.querySelectorAll(".md-typeset pre > code:not([tabindex])")).filter(scrolls);
    let tableCount = 0;
    for (const { wrap, scrolls: wrapScrolls } of wraps) {
      if (wrapScrolls) {
        tableCount += 1;
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        // each region needs a name of its own (axe: landmark-unique)
        wrap.setAttribute("aria-label", `Table ${tableCount} (scrolls sideways)`);
      } else if (wrap.getAttribute("role") === "region") {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    }
    for (const code of wideCode) code.setAttribute("tabindex", "0");
  });

  function watchPage() {
    sizeObserver.disconnect();
    for (const el of document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset pre > code")) {
      sizeObserver.observe(el);
    }
  }

  // Material's instant navigation swaps pages without reloading this script: document$
  // emits once per page shown, the first one included.
  if (window.document$) window.document$.subscribe(watchPage);
  else document.addEventListener("DOMContentLoaded", watchPage);
})();
