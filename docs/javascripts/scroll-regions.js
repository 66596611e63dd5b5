/* nn11: a box that scrolls sideways can be scrolled from the keyboard.

   A table wider than a phone scrolls inside its wrapper; keyboard users must be able to
   scroll it too, so a wrapper that actually scrolls becomes a named, focusable region.
   Code blocks too: Material makes a wide one focusable only once it has mounted it, and
   with content.lazy that waits until it is on screen (axe: scrollable-region-focusable).

   Whether a box scrolls is a question of layout, and asking it of a code block that the
   browser has skipped off screen (content-visibility in nn11.css) lays that block out on
   the spot: asked of every box at load, it was the longest task on a long page (about half a
   second on Part 1 at Lighthouse's phone speed). So each box is asked when it comes near
   the screen (and again when it changes size there), and the others a few at a time while
   the browser is idle, so that the page is complete for anything that reads it whole. */
import { onPage } from "./page.js";

const BOXES = ".md-typeset__scrollwrap, .md-typeset pre > code";
// idle work is cut into slices this short (ms), well under a long task even at a
// throttled phone's speed
const IDLE_SLICE = 8;

function check(box, tableNumber) {
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (box.tagName === "CODE") {
    if (scrolls && !box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");
  } else if (scrolls) {
    box.setAttribute("tabindex", "0");
    box.setAttribute("role", "region");
    // each region needs a name of its own (axe: landmark-unique)
    box.setAttribute("aria-label", `Table ${tableNumber} (scrolls sideways)`);
  } else if (box.getAttribute("role") === "region") {
    box.removeAttribute("tabindex");
    box.removeAttribute("role");
    box.removeAttribute("aria-label");
  }
}

onPage((page) => {
  const boxes = [...document.querySelectorAll(BOXES)];
  // each table's wrapper -> its place among the page's tables
  const tableNumbers = new Map(boxes.filter((box) => box.tagName !== "CODE").map((wrap, i) => [wrap, i + 1]));
  const unchecked = new Set(boxes);
  const checkNow = (box) => {
    unchecked.delete(box);
    check(box, tableNumbers.get(box));
  };

  // near the screen: laid out anyway, so asking costs nothing; watched for size changes
  // (a phone turned sideways) while there
  const sizeObserver = page.observe(new ResizeObserver((entries) => {
    for (const entry of entries) checkNow(entry.target);
  }));
  const nearObserver = page.observe(new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) sizeObserver.observe(entry.target);
      else sizeObserver.unobserve(entry.target);
    }
  }, { rootMargin: "50% 0px" }));
  for (const box of boxes) nearObserver.observe(box);

  function checkSomeWhileIdle() {
    const stop = performance.now() + IDLE_SLICE;
    for (const box of unchecked) {
      if (performance.now() > stop) break;
      checkNow(box);
    }
    if (unchecked.size) page.idle(checkSomeWhileIdle);
  }
  page.idle(checkSomeWhileIdle);
});
