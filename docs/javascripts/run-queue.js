/* nn11: Run and Edit's run queue, the model: which block runs when (one at a time: the
   worker has one interpreter), each block's state, and which sentence of run-messages.js the
   reader sees. No DOM and no Worker, so that tests/js drive it with a fake worker:
   connect(receive, broke) starts one and returns { send, end }; describe(block) says what a
   block is when it starts (run-block.js); view.show(block, report) and view.print(block,
   parts) draw (run-view.js). A report: { state, message, notes, diff, fresh }, each sentence
   a list of parts (text, { code }, { link: block, text }); `fresh` drops the last output. */
import { lineDiff } from "./output-diff.js";
import * as say from "./run-messages.js";

export const STATES = ["waiting", "fetching", "running", "done", "failed", "stopped", "didNotRun"];

/** Whether a block in `state` is running (the view offers Stop rather than Run). */
export const isBusy = (state) => state === "fetching" || state === "running";

const report = (state, message, more = {}) => ({ state, message, notes: [], diff: null, fresh: false, ...more });

// what the reader is told when a run ends, its output compared with the page's
function finished(job, message, printed) {
  const notes = message.cut ? [[say.cutNote(message.cut)]] : [];
  const end = (state, text, diff = null) => report(state, [text], { notes, diff });
  if (message.input != null) return end("failed", say.noInput(message.input));
  if (!message.ok) return end("failed", say.error);
  if (message.cut) return end("done", say.done.cut); // a cut output cannot be compared
  if (job.expected == null) return end("done", printed ? say.done.printed : say.done.nothing);
  if (job.expected === printed) return end("done", job.edited ? say.done.sameEdited : say.done.same);
  return end("done", job.edited ? say.done.differsEdited : say.done.differs,
    { key: say.diffKey, lines: lineDiff(job.expected, printed) });
}

// what could not be fetched, from where, and how to run the block locally instead
function unreachable(job, message) {
  const help = [say.runLocally[0], { code: job.file }, say.runLocally[1], { code: `python ${job.file}` }];
  if (/\bnumpy\b/.test(job.code)) help.push(say.needsNumpy[0], { code: "pip install numpy" }, say.needsNumpy[1]);
  help.push(".");
  return report("failed", [say.unreachable(message.what, message.url)], { notes: [help] });
}

export class RunQueue {
  #use; // { connect, describe, view, files }: see above
  #worker = null; // from the first Run until it is stopped or fails, or is left mid-run
  #inFlight = new Map(); // message id -> its run's handler of answers
  #active = new Map(); // block -> the id of its run in flight
  #nextId = 1;
  #line = Promise.resolve(); // the queue: each run starts when the one before it has ended
  #queued = 0; // runs pressed and not yet ended, the one in flight included
  // one per page shown: its together blocks share a namespace; work queued on a page left
  // does not start
  #visit = 0;
  #ranTogether = new WeakSet(); // together blocks already run in this visit's namespace
  #resets = new WeakMap(); // block -> its last Reset: a run pressed before it never starts

  constructor(use) {
    this.#use = use;
  }

  /** Whether `block` has a run in flight (its Stop can stop it). */
  isRunning(block) {
    return this.#active.has(block);
  }

  /** Run `block`, after the runs queued before it; the together blocks `above` it that have
   * not run in this visit run first, in order, as the page reads. */
  run(block, above = []) {
    const pending = above.filter((earlier) => !this.#ranTogether.has(earlier));
    if (this.#queued || pending.length) {
      this.#use.view.show(block, report("waiting", [this.#queued ? say.waiting : say.aboveFirst], { fresh: true }));
    }
    this.#queued++;
    const visit = this.#visit;
    const reset = this.#resets.get(block);
    const start = (which) => visit === this.#visit && (which !== block || reset === this.#resets.get(block))
      ? this.#start(which) : "cancelled";
    const mine = this.#line.then(async () => {
      for (const earlier of above) {
        if (this.#ranTogether.has(earlier)) continue;
        const outcome = await start(earlier);
        if (outcome === "cancelled") return;
        if (outcome !== "done") return this.#didNotRun(block, earlier);
      }
      await start(block);
    }).finally(() => this.#queued--);
    this.#line = mine.catch((error) => console.error(error));
    return this.#line;
  }

  /** The reader pressed Stop: the worker ends, and Python with it. */
  stop(block) {
    if (this.isRunning(block)) this.#endWorker("stopped");
  }

  /** Reset: the block's run, queued or in flight, ends unseen (it would run hidden). */
  forget(block) {
    this.#resets.set(block, {});
    if (this.isRunning(block)) this.#endWorker("cancelled");
  }

  /** The page was left: its queued runs never start, its running one ends unseen. An idle
   * worker stays: the next page's Run needs no new download. */
  leave() {
    this.#visit++;
    this.#ranTogether = new WeakSet();
    if (this.#inFlight.size) this.#endWorker("cancelled");
  }

  #show(block, state, text) {
    this.#use.view.show(block, report(state, [text]));
  }

  #didNotRun(block, earlier) {
    const { number, caption } = this.#use.describe(earlier);
    const link = { link: earlier, text: say.blockName(number, caption) };
    this.#use.view.show(block, report("didNotRun", [say.earlierFailed[0], link, say.earlierFailed[1]], { fresh: true }));
  }

  #startWorker() {
    const worker = this.#use.connect(
      (message) => worker === this.#worker && this.#receive(message),
      (text) => worker === this.#worker && this.#broke(text),
    );
    this.#worker = worker;
  }

  // A message with no id (a wheel being fetched) is about the run in flight.
  #receive(message) {
    const take = message.id ? this.#inFlight.get(message.id) : [...this.#inFlight.values()][0];
    take?.(message);
  }

  #broke(text) {
    for (const take of [...this.#inFlight.values()]) take({ type: "broken", text });
  }

  // Ends the worker and its run: "stopped" by Stop (said), "cancelled" when its page or
  // output is gone (nowhere to say it). A run that failed ended before this: it is never
  // called stopped.
  #endWorker(reason) {
    this.#worker?.end();
    this.#worker = null;
    this.#ranTogether = new WeakSet(); // the shared namespace went with the worker
    for (const take of [...this.#inFlight.values()]) take({ type: reason });
  }

  // One run of one block; resolves with "done", "failed", "stopped" or "cancelled".
  #start(block) {
    const job = this.#use.describe(block);
    const id = this.#nextId++;
    const first = !this.#worker;
    if (first) this.#startWorker();
    this.#use.view.show(block, report(first ? "fetching" : "running", [first ? say.fetching() : say.running], { fresh: true }));
    let printed = ""; // what it printed to stdout, to compare with the output shown
    return new Promise((resolve) => {
      const end = (outcome, shown) => {
        this.#inFlight.delete(id);
        this.#active.delete(block);
        if (outcome === "done" && job.together) this.#ranTogether.add(block);
        if (shown) this.#use.view.show(block, shown);
        resolve(outcome);
      };
      this.#inFlight.set(id, (message) => {
        switch (message.type) {
          case "status": return this.#show(block, "fetching", `${message.text}…`);
          case "running": return this.#show(block, "running", say.running);
          case "print":
            for (const part of message.parts) if (part.kind === "out") printed += part.text;
            return this.#use.view.print(block, message.parts);
          case "done": {
            const shown = finished(job, message, printed);
            return end(shown.state, shown);
          }
          case "unreachable":
            end("failed", unreachable(job, message));
            // without its core this worker is of no more use: the next Run starts a new one
            if (message.core) this.#endWorker("cancelled");
            return;
          case "broken":
            end("failed", report("failed", [say.broken(message.text)]));
            return this.#endWorker("cancelled");
          case "stopped": return end("stopped", report("stopped", [say.stopped]));
          case "cancelled": return end("cancelled");
        }
      });
      this.#active.set(block, id);
      this.#worker.send({
        id,
        code: job.code,
        file: job.file,
        namespace: job.together ? `visit-${this.#visit}` : "alone",
        files: this.#use.files,
      });
    });
  }
}
