/* nn11: Run and Edit, the part every page loads: one click listener per page, which imports
   run-and-edit.js on the reader's first press of a Run or Edit button (the buttons are in the
   HTML from the build, hooks/runnable_blocks.py). Nothing else is fetched before that press,
   and the interpreter only on the first Run. */
import { onPage } from "./page.js";

// resolved against this module, wherever the site is served from
const runAndEdit = () => import("./run-and-edit.js");

onPage((page) => {
  document.addEventListener("click", async (event) => {
    const pressed = event.target.closest?.("[data-run-action]");
    if (pressed) (await runAndEdit()).act(pressed);
  }, { signal: page.signal });
});
