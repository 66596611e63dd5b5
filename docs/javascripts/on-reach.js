/* nn11: the parts of a page too heavy to load with it load when the reader reaches them, with
   import() (the one way this site loads code on demand): each training explorer's view and
   its data, once it comes within a screen of the viewport or takes focus. Until then the page
   shows the explorer's build-time markup (iteration 0, controls disabled) and fetches
   nothing for it. */
import { onPage } from "./page.js";
import { whenNear } from "./near.js";

// resolved against this module, wherever the site is served from
const explorerView = () => import("./explorer.js");

async function startExplorer(root, page) {
  const [view, data] = await Promise.all([
    explorerView(),
    fetch(root.dataset.src).then((response) => response.json()),
  ]);
  if (!page.left) view.mount(root, data, page);
}

onPage((page) => {
  for (const root of document.querySelectorAll(".nn11-explorer[data-src]")) {
    whenNear(page, root, () => startExplorer(root, page));
  }
});
