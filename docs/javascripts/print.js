/* nn11: a printed page is one clean, complete document (nn11.css's print styles do most of
   it; these are the parts that need the page's state). */
import { onPage } from "./page.js";

// Printed, a link to another site needs its address (nn11.css prints it); links within
// the site do not, and Material has made every href absolute, so mark the ones that leave.
onPage(() => {
  for (const link of document.querySelectorAll(".md-content a[href]")) {
    if (/^https?:$/.test(link.protocol) && link.origin !== location.origin) link.setAttribute("data-print-href", "");
  }
});

// Paper is white: printed from the dark scheme, a page would be light grey on white (or
// invisible with background graphics off). Print in the light scheme's colours, which
// every scheme-aware style (Material's, the figures') already knows, then switch back.
// (For the whole visit, not one page: printing can start on any page.)
let schemeBeforePrint = null;
function printInLightScheme(printing) {
  const body = document.body;
  if (printing && schemeBeforePrint === null) {
    schemeBeforePrint = body.getAttribute("data-md-color-scheme");
    body.setAttribute("data-md-color-scheme", "default");
  } else if (!printing && schemeBeforePrint !== null) {
    body.setAttribute("data-md-color-scheme", schemeBeforePrint);
    schemeBeforePrint = null;
  }
}
window.addEventListener("beforeprint", () => printInLightScheme(true));
window.addEventListener("afterprint", () => printInLightScheme(false));
window.matchMedia("print").addEventListener("change", (e) => printInLightScheme(e.matches));
// nn11.css prints the address of every absolute link until this script has marked them
document.documentElement.classList.add("nn11-js");
