/* nn11: Run and Edit, imported by run-loader.js on the first press: the run queue
   (run-queue.js) wired to the real worker (run-worker.js, Pyodide), the view, the editor and
   the page lifecycle (page.js). */
import { onPage } from "./page.js";
import { blockOf, describe, togetherAbove } from "./run-block.js";
import { edit, reset } from "./run-editor.js";
import { RunQueue } from "./run-queue.js";
import * as view from "./run-view.js";

// a module worker (Chrome 80, Firefox 114, Safari 15): it imports the pin as the page does
const WORKER = new URL("run-worker.js", import.meta.url);
// A snippet may read the listings as if it ran beside them (Questions: "line numbers").
const LISTINGS = new URL("../listings/", import.meta.url);
const BESIDE = ["part1.py", "part2.py"];

// The one real worker behind the queue's small interface (its tests use a fake).
function connect(receive, broke) {
  const worker = new Worker(WORKER, { type: "module" });
  worker.onmessage = (event) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault(); // reported to the reader, not as an uncaught error
    broke(event.message || "the worker failed");
  };
  return { send: (message) => worker.postMessage(message), end: () => worker.terminate() };
}

const queue = new RunQueue({
  connect,
  describe,
  view,
  files: Object.fromEntries(BESIDE.map((name) => [name, new URL(name, LISTINGS).href])),
});

const runs = {
  run: (block) => queue.run(block, togetherAbove(block)),
  isRunning: (block) => queue.isRunning(block),
};

const ACTIONS = {
  run: runs.run,
  stop: (block) => queue.stop(block),
  edit: (block) => edit(block, runs),
  reset: (block) => {
    queue.forget(block);
    reset(block);
  },
};

/** Do what the button the reader pressed says (run-loader.js calls this). */
export function act(pressed) {
  const block = blockOf(pressed);
  const action = ACTIONS[pressed.dataset.runAction];
  if (block && action) action(block);
}

// Instant navigation keeps this module and its worker (Python is fetched once); leaving a
// page cancels its work, so that nothing runs that the reader cannot see and stop.
onPage((page) => page.onLeave(() => queue.leave()));
