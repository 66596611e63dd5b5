/* run-queue.js, Run and Edit's model, driven with a fake worker (run-queue-harness.js): the
   states a block goes through as it runs and waits, what the reader is told when it ends, and
   Stop. Its failure paths and leaving a page: run-queue-failures.test.js. */
import { same, test } from "./runner.js";
import { block, drawn, harness, ran, read, settle } from "./run-queue-harness.js";
import { isBusy, STATES } from "/javascripts/run-queue.js";
import * as say from "/javascripts/run-messages.js";

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
  // a message without an id is taken as the run in flight's, whichever worker sent it, were
  // it not for the check that its worker is the current one
  h.workers[0].receive({ type: "status", text: "Fetching numpy" });
  h.workers[0].broke("the old worker failed");
  same([h.states(b).at(-1), read(h.last(b))], ["fetching", say.fetching()],
    "a late answer or failure of the stopped worker changes nothing");
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

test("Reset ends the block's run in flight unseen; its next Run starts a fresh Python", async () => {
  const h = harness();
  const b = block({ edited: true });
  h.queue.run(b);
  await settle();
  h.answer({ type: "running" });
  h.queue.forget(b);
  await settle();
  same([h.states(b), h.queue.isRunning(b), h.workers[0].ended], [["fetching", "running"], false, true]);
  h.queue.run(b);
  await settle();
  same([h.workers.length, h.states(b).at(-1)], [2, "fetching"]);
});

test("Reset drops the block's queued run; the runs queued behind it still run", async () => {
  const h = harness();
  const [a, b, c] = [block(), block({ edited: true }), block()];
  h.queue.run(a);
  h.queue.run(b);
  h.queue.run(c);
  await settle();
  h.queue.forget(b);
  h.answer(...ran());
  await settle();
  same([h.sent().code, h.states(b)], [c.code, ["waiting"]]);
  h.answer(...ran());
  await settle();
  same([h.states(a).at(-1), h.states(c).at(-1), h.workers.length], ["done", "done", 1]);
});

// After every other test of the queue (test_js_units.py runs the files in sorted order, and
// run-queue-failures.test.js sorts before this one): every state both files' views drew.
test("every state reported above is one of STATES, and Stop is offered exactly while fetching or running", () => {
  same([...drawn].filter((state) => !STATES.includes(state)), []);
  same(STATES.filter((state) => !drawn.has(state)), [], "every state was reached by some test above");
  same(STATES.filter(isBusy), ["fetching", "running"]);
});
