/* The run queue's test harness (run-queue.test.js, run-queue-failures.test.js): the queue
   with a fake worker, whose answers a test sends by hand as run-worker.js would send them, and
   a view that records what it is asked to draw. The blocks are plain objects: what describe()
   would say of a block on the page. */
import { RunQueue } from "/javascripts/run-queue.js";

// a worker answers later than the press: each test lets the queue catch up with this
export const settle = () => new Promise((done) => setTimeout(done, 0));

let blocks = 0;
export const drawn = new Set(); // every state any test's view was asked to draw
export const block = (more = {}) => {
  const number = ++blocks;
  return { code: `print(${number})\n`, file: "snippet.py", together: false, edited: false, expected: null,
    number, caption: undefined, ...more };
};

// The queue with a fake worker and a view that records what it is asked to draw.
export function harness() {
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
export const read = (report) => report.message.map((part) => typeof part === "string" ? part : part.text ?? part.code).join("");
export const ran = (printedText = "") => [{ type: "running" }, ...(printedText ? [{ type: "print", parts: [{ kind: "out", text: printedText }] }] : []),
  { type: "done", ok: true, input: null, cut: null }];
