/* nn11: Run and Edit's part every page loads: a click listener that imports
   run-and-edit.js on the first press of a Run or Edit button (in the HTML from the build). */
import { onPage } from "./page.js";

// resolved against this module, wherever the site is served from
const runAndEdit = () => import("./run-and-edit.js");

onPage((page) => {
  document.addEventListener("click", async (event) => {
    const pressed = event.target.closest?.("[data-run-action]");
    if (pressed) (await runAndEdit()).act(pressed);
  }, { signal: page.signal });
});
