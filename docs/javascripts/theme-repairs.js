/* nn11: repairs to what Material adds as it mounts code blocks (with content.lazy, as they
   scroll into view, so new ones are caught as they arrive):
   - a <nav> around each copy button: a copy button is not site navigation, and dozens of
     identical unnamed navigation landmarks make a screen reader's landmark list useless
     (axe: landmark-unique);
   - each annotation's number is a link whose text is drawn by CSS, so it has no name
     (axe: link-name). */
import { onPage } from "./page.js";

const UNNAMED_CODE_NAV = "nav.md-code__nav:not([role])";

function repair(root) {
  if (root.matches(UNNAMED_CODE_NAV)) root.setAttribute("role", "none");
  for (const nav of root.querySelectorAll(UNNAMED_CODE_NAV)) nav.setAttribute("role", "none");
  for (const index of root.querySelectorAll(".md-annotation__index:not([aria-label])")) {
    const annotation = index.querySelector("[data-md-annotation-id]");
    index.setAttribute("aria-label", `Annotation ${annotation ? annotation.getAttribute("data-md-annotation-id") : ""}`);
  }
}

// Each page's content, watched while it is shown: with content.lazy, Material mounts code
// blocks as they scroll into view, long after the page was set up.
onPage((page) => {
  const content = document.querySelector(".md-content");
  if (!content) return;
  repair(content);
  page.observe(new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) repair(node);
      }
    }
  })).observe(content, { childList: true, subtree: true });
});
