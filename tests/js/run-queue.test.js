/* run-queue.js, Run and Edit's model, driven with a fake worker: every state a block goes
   through, every way a run ends, and which sentence of run-messages.js the reader sees. The
   blocks are plain objects here (what describe() would say of a block on the page); the
   worker's answers are sent by hand, as run-worker.js would send them. */
import { same, test } from "./runner.js";
import { isBusy, RunQueue, STATES } from "/javascripts/run-queue.js";
import * as say from "/javascripts/run-messages.js";

// a worker answers later than the press: each test lets the queue catch up with this
const settle = () => new Promise((done) => setTimeout(done, 0));

let blocks = 0;
const drawn = new Set(); // every state any test's view was asked to draw
const block = (more = {}) => {
  const number = ++blocks;
  return { code: `print(${number})\n`, file: "snippet.py", together: false, edited: false, expected: null,
    number, caption: undefined, ...more };
};

// The queue with a fake worker and a view that records what it is asked to draw.
function harness() {
  const workers = [];
  const reports = new Map(); // block -> every report drawn for it
  const printed = new Map(); // block -> the printed parts drawn for it
  const queue = new RunQueue({
    connect(receive, broke) {
      const worker = { receive, broke, sent: [], ended: false };
      worker.send = (message) => worker.sent.push(message);
      worker.end = () => { worker.ended = true; };
      workers.push(worker);
      return worker;
    },
    describe: (b) => ({ ...b }),
    view: {
      show: (b, report) => {
        drawn.add(report.state);
        reports.set(b, [...reports.get(b) ?? [], report]);
      },
      print: (b, parts) => printed.set(b, [...printed.get(b) ?? [], ...parts]),
    },
    files: { "part1.py": "/listings/part1.py" },
  });
  const worker = () => workers.at(-1);
  return {
    queue, workers, worker, printed,
    reports: (b) => reports.get(b) ?? [],
    last: (b) => (reports.get(b) ?? []).at(-1),
    states: (b) => (reports.get(b) ?? []).map((report) => report.state),
    // what the worker was last asked to run, and answers about it
    sent: () => worker().sent.at(-1),
    answer: (...messages) => {
      const { id } = worker().sent.at(-1);
      for (const message of messages) worker().receive({ id, ...message });
    },
  };
}

// the status line as the reader reads it
const read = (report) => report.message.map((part) => typeof part === "string" ? part : part.text ?? part.code).join("");
const ran = (printedText = "") => [{ type: "running" }, ...(printedText ? [{ type: "print", parts: [{ kind: "out", text: printedText }] }] : []),
  { type: "done", ok: true, input: null, cut: null }];

test("a first Run fetches Python, then runs, then says done: fetching, running, done", async () => {
  const h = harness();
  const b = block();
  h.queue.run(b);
  await settle();
  same([h.states(b), read(h.last(b)), h.last(b).fresh], [["fetching"], say.fetching(), true]);
  same(h.sent(), { id: h.sent().id, code: b.code, file: "snippet.py", namespace: "alone",
    files: { "part1.py": "/listings/part1.py" } });
  same(h.queue.isRunning(b), true);
  h.answer(...ran("1\n"));
  await settle();
  same(h.states(b), ["fetching", "running", "done"]);
  same([read(h.last(b)), h.queue.isRunning(b)], [say.done.printed, false]);
  same(h.printed.get(b), [{ kind: "out", text: "1\n" }]);
});

test("a second Run uses the worker already there: running at once, nothing fetched again", async () => {
  const h = harness();
  const [a, b] = [block(), block()];
  h.queue.run(a);
  await settle();
  h.answer(...ran());
  await settle();
  h.queue.run(b);
  await settle();
  same([h.workers.length, h.states(b), read(h.last(b))], [1, ["running"], say.running]);
});

test("a run is compared with the output shown: the same, the same after an edit, nothing printed", async () => {
  const h = harness();
  const cases = [
    [block({ expected: "1\n" }), "1\n", say.done.same],
    [block({ expected: "1\n", edited: true }), "1\n", say.done.sameEdited],
    [block(), "", say.done.nothing],
    [block(), "out\n", say.done.printed],
  ];
  for (const [b, output, message] of cases) {
    h.queue.run(b);
    await settle();
    h.answer(...ran(output));
    await settle();
    same([h.last(b).state, read(h.last(b)), h.last(b).diff], ["done", message, null]);
  }
});

test("an output that differs from the one shown is marked line by line, edited or not", async () => {
  const h = harness();
  for (const [edited, message] of [[false, say.done.differs], [true, say.done.differsEdited]]) {
    const b = block({ expected: "a\nb\n", edited });
    h.queue.run(b);
    await settle();
    h.answer(...ran("a\nc\n"));
    await settle();
    same([h.last(b).state, read(h.last(b)), h.last(b).diff.key], ["done", message, say.diffKey]);
    same(h.last(b).diff.lines.map((line) => line.change + " " + line.text), ["same a", "removed b", "added c"]);
  }
});

test("an output cut at the limits is not compared, and the note counts what was cut", async () => {
  const h = harness();
  const b = block({ expected: "1\n" });
  h.queue.run(b);
  await settle();
  h.answer({ type: "running" }, { type: "done", ok: true, input: null, cut: { chars: 0, lines: 3000 } });
  await settle();
  same([read(h.last(b)), h.last(b).notes, h.last(b).diff], [say.done.cut, [[say.cutNote({ chars: 0, lines: 3000 })]], null]);
});

test("an error and input() are failures, each in its own words", async () => {
  const h = harness();
  const [a, b] = [block({ expected: "1\n" }), block()];
  h.queue.run(a);
  await settle();
  h.answer({ type: "running" }, { type: "print", parts: [{ kind: "err", text: "Traceback" }] },
    { type: "done", ok: false, input: null, cut: null });
  h.queue.run(b);
  await settle();
  h.answer({ type: "running" }, { type: "done", ok: false, input: 3, cut: null });
  await settle();
  same([h.last(a).state, read(h.last(a)), h.last(a).diff], ["failed", say.error, null]);
  same([h.last(b).state, read(h.last(b))], ["failed", say.noInput(3)]);
});

test("a block pressed while another runs waits its turn, then runs, in the order pressed", async () => {
  const h = harness();
  const [a, b, c] = [block(), block(), block()];
  h.queue.run(a);
  h.queue.run(b);
  h.queue.run(c);
  await settle();
  same([h.states(b), read(h.last(b)), h.last(b).fresh, h.states(c)], [["waiting"], say.waiting, true, ["waiting"]]);
  same(h.worker().sent.map((message) => message.code), [a.code], "only the first is sent");
  h.answer(...ran());
  await settle();
  same([h.states(b), h.states(c), h.worker().sent.length], [["waiting", "running"], ["waiting"], 2]);
  h.answer(...ran());
  await settle();
  h.answer(...ran());
  await settle();
  same([h.states(b).at(-1), h.states(c).at(-1), h.workers.length], ["done", "done", 1]);
});

test("Stop while Python is being fetched ends the worker and says stopped; the next Run fetches afresh", async () => {
  const h = harness();
  const b = block();
  h.queue.run(b);
  await settle();
  h.queue.stop(b);
  await settle();
  same([h.workers[0].ended, h.states(b), read(h.last(b)), h.queue.isRunning(b)],
    [true, ["fetching", "stopped"], say.stopped, false]);
  h.queue.run(b);
  await settle();
  same([h.workers.length, h.states(b).at(-1), read(h.last(b))], [2, "fetching", say.fetching()]);
  h.workers[0].receive({ id: h.workers[0].sent[0].id, type: "done", ok: true, input: null, cut: null });
  same(h.states(b).at(-1), "fetching", "a late answer of the stopped worker changes nothing");
});

test("Stop ends the run in flight only; the block queued behind it then starts in a fresh worker", async () => {
  const h = harness();
  const [a, b] = [block(), block()];
  h.queue.run(a);
  h.queue.run(b);
  await settle();
  h.answer({ type: "running" });
  h.queue.stop(b); // b is not running: its button says Run, and Stop does nothing to it
  same(h.workers[0].ended, false);
  h.queue.stop(a);
  await settle();
  same([h.states(a).at(-1), h.states(b), h.workers.length], ["stopped", ["waiting", "fetching"], 2]);
});

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

test("every state reported above is one of STATES, and Stop is offered exactly while fetching or running", () => {
  same([...drawn].filter((state) => !STATES.includes(state)), []);
  same(STATES.filter((state) => !drawn.has(state)), [], "every state was reached by some test above");
  same(STATES.filter(isBusy), ["fetching", "running"]);
});
