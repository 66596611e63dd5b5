/* run-queue.js, Run and Edit's model, on its failure paths, driven with a fake worker
   (run-queue-harness.js): what cannot be fetched, a worker that crashes, a block above that
   did not finish, leaving the page mid-run, and Run again after every way a run ends. A
   failure is never reported as a stop. */
import { same, test } from "./runner.js";
import { block, harness, ran, read, settle } from "./run-queue-harness.js";
import { isBusy } from "/javascripts/run-queue.js";
import * as say from "/javascripts/run-messages.js";

test("Python's core cannot be fetched: failed, saying from where and how to run it locally, never stopped", async () => {
  const h = harness();
  const b = block({ code: "import numpy as np\n" });
  h.queue.run(b);
  await settle();
  h.answer({ type: "unreachable", what: "Python (Pyodide 1)", url: "https://cdn.example/", core: true });
  await settle();
  same([h.states(b), read(h.last(b))], [["fetching", "failed"], say.unreachable("Python (Pyodide 1)", "https://cdn.example/")]);
  same(h.last(b).notes, [[say.runLocally[0], { code: "snippet.py" }, say.runLocally[1], { code: "python snippet.py" },
    say.needsNumpy[0], { code: "pip install numpy" }, say.needsNumpy[1], "."]]);
  same(h.workers[0].ended, true, "a worker without its core is of no more use");
  h.queue.stop(b);
  await settle();
  same(h.states(b), ["fetching", "failed"], "nothing overwrites the failure, Stop included");
  h.queue.run(b);
  await settle();
  same([h.workers.length, h.states(b).at(-1)], [2, "fetching"], "the next Run fetches again");
});

test("a wheel cannot be fetched: failed with the help, and the worker (Python fetched) stays", async () => {
  const h = harness();
  const [a, b] = [block({ code: "import numpy\n" }), block()];
  h.queue.run(a);
  await settle();
  h.worker().receive({ type: "status", text: "Fetching numpy from https://cdn.example/full/" });
  same([h.last(a).state, read(h.last(a))], ["fetching", "Fetching numpy from https://cdn.example/full/…"],
    "a status without an id is about the run in flight");
  h.answer({ type: "unreachable", what: "numpy", url: "https://cdn.example/full/", core: false });
  await settle();
  same([h.last(a).state, read(h.last(a)), h.last(a).notes[0].at(-2)],
    ["failed", say.unreachable("numpy", "https://cdn.example/full/"), say.needsNumpy[1]]);
  same(h.workers[0].ended, false);
  h.queue.run(b);
  await settle();
  same([h.workers.length, h.states(b)], [1, ["running"]]);
});

test("a worker that crashes fails its run in plain words, and the next Run starts a new one", async () => {
  const h = harness();
  const b = block();
  h.queue.run(b);
  await settle();
  h.worker().broke("out of memory");
  await settle();
  same([h.states(b), read(h.last(b)), h.workers[0].ended], [["fetching", "failed"], say.broken("out of memory"), true]);
  h.queue.run(b);
  await settle();
  same([h.workers.length, h.states(b).at(-1)], [2, "fetching"]);
});

// Blocks that run together: the one pressed runs the ones above it first.
async function aboveFails(h, failure) {
  const a = block({ together: true, caption: "first.py" });
  const b = block({ together: true });
  const sent = h.workers.reduce((n, worker) => n + worker.sent.length, 0);
  const sentSince = () => h.workers.flatMap((worker) => worker.sent).slice(sent).map((message) => message.code);
  h.queue.run(b, [a]);
  await settle();
  same([h.states(b), read(h.last(b))], [["waiting"], say.aboveFirst]);
  same(sentSince(), [a.code], "the block above runs first");
  h.answer(...failure);
  await settle();
  same(h.states(b), ["waiting", "didNotRun"]);
  same(h.last(b).message, [say.earlierFailed[0], { link: a, text: say.blockName(a.number, "first.py") }, say.earlierFailed[1]]);
  same(sentSince(), [a.code], "the block pressed was not sent");
  return [a, b];
}

// ... and once the block above is fixed, Run there runs both, in one namespace
async function fixedBothRun(failure) {
  const h = harness();
  const [a, b] = await aboveFails(h, failure);
  h.queue.run(b, [a]);
  await settle();
  h.answer(...ran());
  await settle();
  h.answer(...ran("42\n"));
  await settle();
  same([h.last(a).state, h.last(b).state], ["done", "done"]);
  same(h.worker().sent.slice(-2).map((message) => [message.code, message.namespace]),
    [[a.code, "visit-0"], [b.code, "visit-0"]], "one shared namespace");
}

test("a block above that stopped at an error leaves the block pressed not run, linked to it; fixed, both run",
  () => fixedBothRun([{ type: "running" }, { type: "done", ok: false, input: null, cut: null }]));

test("a block above that could not fetch NumPy leaves the block pressed not run, linked to it; fixed, both run",
  () => fixedBothRun([{ type: "unreachable", what: "numpy", url: "https://cdn.example/full/", core: false }]));

test("a together block above that already ran is not run again: Run again runs the block pressed only", async () => {
  const h = harness();
  const [a, b] = [block({ together: true }), block({ together: true })];
  h.queue.run(b, [a]);
  await settle();
  h.answer(...ran());
  await settle();
  h.answer(...ran());
  await settle();
  h.queue.run(b, [a]);
  await settle();
  same([h.states(b).at(-1), h.sent().code, h.worker().sent.length], ["running", b.code, 3]);
});

test("leaving the page mid-run ends the worker without a word; the runs queued never start", async () => {
  const h = harness();
  const [a, b] = [block(), block()];
  const [c, d] = [block({ together: true }), block({ together: true })];
  h.queue.run(a);
  h.queue.run(b);
  h.queue.run(d, [c]);
  await settle();
  h.answer({ type: "running" }, { type: "print", parts: [{ kind: "out", text: "looping\n" }] });
  const before = [a, b, c, d].map((x) => h.reports(x).length);
  h.queue.leave();
  await settle();
  same(h.workers[0].ended, true, "nothing runs that the reader cannot see");
  same([a, b, c, d].map((x) => h.reports(x).length), before, "no stopped, no did-not-run: nowhere to say it");
  same([h.workers.length, h.workers[0].sent.length, h.queue.isRunning(a)], [1, 1, false]);
});

test("leaving while Python is still being fetched ends that fetch too", async () => {
  const h = harness();
  const a = block();
  h.queue.run(a);
  await settle();
  h.queue.leave();
  await settle();
  same([h.workers[0].ended, h.states(a)], [true, ["fetching"]]);
});

test("leaving a page with nothing running keeps the worker; the next page's blocks get a new namespace", async () => {
  const h = harness();
  const a = block({ together: true });
  h.queue.run(a);
  await settle();
  h.answer(...ran());
  await settle();
  h.queue.leave();
  const b = block({ together: true });
  h.queue.run(b);
  await settle();
  same([h.workers.length, h.workers[0].ended, h.states(b), h.sent().namespace], [1, false, ["running"], "visit-1"]);
});

test("Run again works after every way a run ends: done, failed, stopped, could not fetch, did not run", async () => {
  const h = harness();
  const b = block();
  const endings = {
    done: () => h.answer(...ran()),
    failed: () => h.answer({ type: "running" }, { type: "done", ok: false, input: null, cut: null }),
    stopped: () => h.queue.stop(b),
    "could not fetch": () => h.answer({ type: "unreachable", what: "Python", url: "https://cdn.example/", core: true }),
  };
  for (const [ending, end] of Object.entries(endings)) {
    h.queue.run(b);
    await settle();
    end();
    await settle();
    h.queue.run(b);
    await settle();
    same(isBusy(h.last(b).state), true, `running again after ${ending}`);
    h.answer(...ran());
    await settle();
  }
  const [above, pressed] = await aboveFails(h, [{ type: "running" }, { type: "done", ok: false, input: null, cut: null }]);
  h.queue.run(pressed, [above]);
  await settle();
  same([h.last(above).state, h.sent().code], ["running", above.code], "after did not run, the block above runs again");
});
