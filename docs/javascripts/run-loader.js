/* nn11: Run and Edit's part every page loads: a click listener that imports
   run-and-edit.js on the first press of a Run or Edit button. */
import { onPage } from "./page.js";

// kept: a new import() of a loaded module can settle a task late, after a test reads the page
let loading = null;
const runAndEdit = () => (loading ??= import("./run-and-edit.js"));

onPage((page) => {
  document.addEventListener("click", async (event) => {
    const pressed = event.target.closest?.("[data-run-action]");
    if (pressed) (await runAndEdit()).act(pressed);
  }, { signal: page.signal });
});
