/* nn11: repairs to what Material adds as it mounts code blocks (with content.lazy, as they
   scroll into view, so new ones are caught as they arrive):
   - a <nav> around each copy button: a copy button is not site navigation, and dozens of
     identical unnamed navigation landmarks make a screen reader's landmark list useless
     (axe: landmark-unique);
   - each annotation's number is a link whose text is drawn by CSS, so it has no name
     (axe: link-name). */
(() => {
  "use strict";

  const UNNAMED_CODE_NAV = "nav.md-code__nav:not([role])";

  function repair(root) {
    if (root.matches(UNNAMED_CODE_NAV)) root.setAttribute("role", "none");
    for (const nav of root.querySelectorAll(UNNAMED_CODE_NAV)) nav.setAttribute("role", "none");
    for (const index of root.querySelectorAll(".md-annotation__index:not([aria-label])")) {
      const annotation = index.querySelector("[data-md-annotation-id]");
      index.setAttribute("aria-label", `Annotation ${annotation ? annotation.getAttribute("data-md-annotation-id") : ""}`);
    }
  }

  const mountObserver = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) repair(node);
      }
    }
  });

  function repairPage() {
    mountObserver.disconnect();
    const content = document.querySelector(".md-content");
    if (!content) return;
    repair(content);
    mountObserver.observe(content, { childList: true, subtree: true });
  }

  // Material's instant navigation swaps pages without reloading this script: document$
  // emits once per page shown, the first one included.
  if (window.document$) window.document$.subscribe(repairPage);
  else document.addEventListener("DOMContentLoaded", repairPage);
})();
