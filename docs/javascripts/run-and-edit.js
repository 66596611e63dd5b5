// Run and Edit: every Python block that the tests run can be edited in place and run in the
// page, by Pyodide in a Web Worker (run-worker.js). run-loader.js imports this module on the
// reader's first click on a Run or Edit button; the interpreter is fetched on the first Run.
//
// The build marks each runnable block (nn11site/render/marks.py): data-run says whether it
// starts clean ("alone") or shares the page's namespace with the blocks above it
// ("together"), data-run-expected names the output block it is compared with, and a bar of
// buttons follows it.
import { lineDiff } from "./output-diff.js";
import * as say from "./run-messages.js";

const WORKER = new URL("run-worker.js", import.meta.url);
// A snippet may read the listings as if it ran beside them (Questions: "line numbers").
const LISTINGS = new URL("../listings/", import.meta.url);
const BESIDE = ["part1.py", "part2.py"];
const INDENT = "    ";

let worker = null;
let nextId = 1;
const runs = new Map(); // message id -> the run waiting for it
let queue = Promise.resolve(); // one run at a time: the worker has one interpreter
// a new page (instant navigation included) starts a new shared namespace, and work queued
// on the page left behind does not start
let visit = 0;
let ranTogether = new WeakSet(); // blocks already run in this visit's shared namespace
const blocks = new WeakMap(); // block -> its state (original code, editor, output)

// ---- the parts of a block ----

function state(block) {
  if (!blocks.has(block)) {
    blocks.set(block, {
      original: block.querySelector("code").textContent,
      bar: block.nextElementSibling, // before the editor goes in between
      editor: null,
      output: null,
      run: null,
    });
  }
  return blocks.get(block);
}

function bar(block) {
  return state(block).bar;
}

function button(block, action) {
  return bar(block).querySelector(`[data-run-action="${action}"]`);
}

function code(block) {
  const s = state(block);
  return s.editor ? s.editor.value : s.original;
}

function edited(block) {
  const s = state(block);
  return Boolean(s.editor) && s.editor.value !== s.original;
}

function expectedOutput(block) {
  const shown = document.getElementById(block.dataset.runExpected || "");
  return shown ? shown.querySelector("code").textContent : null;
}

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

// The output area sits under the bar; it exists once the block has been run.
function outputArea(block) {
  const s = state(block);
  if (!s.output) {
    const area = element("div", "nn11-run-output");
    const status = element("p", "nn11-run-output__status");
    status.setAttribute("role", "status");
    const printed = element("pre", "nn11-run-output__printed");
    printed.tabIndex = 0; // long output scrolls: keyboard users must reach it
    printed.setAttribute("aria-label", "Printed by this run");
    const text = element("code");
    printed.append(text);
    const notes = element("div", "nn11-run-output__notes");
    area.append(status, printed, notes);
    s.bar.after(area);
    s.output = { area, status, printed: text, notes, stdout: "" };
  }
  return s.output;
}

function clearOutput(block) {
  const out = outputArea(block);
  out.printed.textContent = "";
  out.printed.parentElement.hidden = true;
  out.notes.replaceChildren();
  out.stdout = "";
  return out;
}

// ---- the worker ----

function startWorker() {
  worker = new Worker(WORKER, { type: "module" });
  worker.onmessage = (event) => {
    const message = event.data;
    const run = message.id ? runs.get(message.id) : [...runs.values()][0];
    if (run) run.receive(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const run of runs.values()) run.receive({ type: "broken", text: event.message || "the worker failed" });
  };
}

// Ends the worker and the runs in it with `message`: "stopped" when the reader pressed Stop
// (its run says so), "cancelled" when the page it ran for is gone (nothing to say, and
// nowhere to say it). A run that failed has said why already and ended before this.
function endWorker(message) {
  if (worker) worker.terminate();
  worker = null;
  ranTogether = new WeakSet(); // the shared namespace went with the worker
  for (const run of [...runs.values()]) run.receive({ type: message });
}

// One run of one block: sends it, shows what it prints, and resolves when it ends.
function runBlock(block, namespace) {
  const s = state(block);
  const out = clearOutput(block);
  if (!worker) {
    out.status.textContent = say.fetching();
    startWorker();
  } else {
    out.status.textContent = say.running;
  }
  const id = nextId++;
  const source = code(block);
  const wasEdited = edited(block);
  const runButton = button(block, "run");
  runButton.textContent = "Stop";
  runButton.dataset.runAction = "stop";
  return new Promise((resolve) => {
    const finish = (outcome) => {
      runs.delete(id);
      s.run = null;
      runButton.textContent = "Run";
      runButton.dataset.runAction = "run";
      resolve(outcome);
    };
    s.run = { id };
    runs.set(id, {
      receive(message) {
        if (message.type === "status") {
          out.status.textContent = message.text + "…";
        } else if (message.type === "running") {
          out.status.textContent = say.running;
        } else if (message.type === "print") {
          out.printed.parentElement.hidden = false;
          for (const part of message.parts) {
            if (part.kind === "out") {
              out.stdout += part.text;
              out.printed.append(part.text);
            } else if (out.printed.lastChild && out.printed.lastChild.className === "nn11-run-output__error") {
              out.printed.lastChild.append(part.text); // one traceback, one span
            } else {
              out.printed.append(element("span", "nn11-run-output__error", part.text));
            }
          }
        } else if (message.type === "done") {
          report(block, out, message, wasEdited);
          finish(message.ok ? "done" : "error");
        } else if (message.type === "unreachable") {
          unreachable(block, out, message, source);
          finish("unreachable");
          // without its core this worker is of no more use: the next Run starts a new one
          if (message.core) endWorker("cancelled");
        } else if (message.type === "broken") {
          out.status.textContent = say.broken(message.text);
          finish("broken");
          endWorker("cancelled");
        } else if (message.type === "stopped") {
          out.status.textContent = say.stopped;
          finish("stopped");
        } else if (message.type === "cancelled") {
          finish("cancelled");
        }
      },
    });
    worker.postMessage({
      id,
      code: source,
      file: block.dataset.runFile,
      namespace: block.dataset.run === "together" ? `visit-${visit}` : "alone",
      files: Object.fromEntries(BESIDE.map((name) => [name, new URL(name, LISTINGS).href])),
    });
  });
}

// ---- what a run tells the reader ----

function report(block, out, message, wasEdited) {
  if (message.cut) out.notes.append(element("p", "nn11-run-output__note", say.cutNote(message.cut)));
  const shown = expectedOutput(block);
  if (message.input != null) {
    out.status.textContent = say.noInput(message.input);
  } else if (!message.ok) {
    out.status.textContent = say.error;
  } else if (message.cut) {
    out.status.textContent = say.done.cut;
  } else if (shown === null) {
    out.status.textContent = out.stdout ? say.done.printed : say.done.nothing;
  } else if (shown === out.stdout) {
    out.status.textContent = wasEdited ? say.done.sameEdited : say.done.same;
  } else {
    out.status.textContent = wasEdited ? say.done.differsEdited : say.done.differs;
    out.notes.append(diffView(shown, out.stdout));
  }
}

function diffView(shown, printed) {
  const view = element("div", "nn11-run-diff");
  view.append(element("p", "nn11-run-diff__key", say.diffKey));
  const pre = element("pre");
  pre.tabIndex = 0;
  pre.setAttribute("aria-label", "Changes in the output");
  const lines = element("code");
  for (const line of lineDiff(shown, printed)) {
    const mark = { same: "  ", removed: "− ", added: "+ " }[line.change];
    lines.append(element("span", `nn11-run-diff__${line.change}`, mark + line.text + "\n"));
  }
  pre.append(lines);
  view.append(pre);
  return view;
}

function unreachable(block, out, message, source) {
  out.status.textContent = say.unreachable(message.what, message.url);
  const file = block.dataset.runFile;
  const help = element("p", "nn11-run-output__note");
  help.append(say.runLocally[0], element("code", "", file), say.runLocally[1], element("code", "", `python ${file}`));
  if (/\bnumpy\b/.test(source)) help.append(say.needsNumpy[0], element("code", "", "pip install numpy"), say.needsNumpy[1]);
  help.append(".");
  out.notes.append(help);
}

// A block that builds on `earlier` says that it did not run because that one did not finish,
// with a link to it.
function earlierFailed(block, earlier) {
  const all = [...document.querySelectorAll(".highlight[data-run]")];
  const n = all.indexOf(earlier) + 1;
  if (!earlier.id) earlier.id = `nn11-block-${n}`;
  const caption = earlier.querySelector(".filename");
  const link = element("a", "", say.blockName(n, caption && caption.textContent));
  link.href = `#${earlier.id}`;
  clearOutput(block).status.replaceChildren(say.earlierFailed[0], link, say.earlierFailed[1]);
}

// ---- actions ----

function run(block) {
  const together = block.dataset.run === "together";
  const all = together ? [...document.querySelectorAll('.highlight[data-run="together"]')] : [];
  const above = all.slice(0, all.indexOf(block));
  if (runs.size || above.some((earlier) => !ranTogether.has(earlier))) {
    clearOutput(block).status.textContent = runs.size ? say.waiting : say.aboveFirst;
  }
  // work queued on a page the reader has left does not start
  const page = visit;
  const start = (which) => page === visit ? runBlock(which) : "cancelled";
  const mine = queue.then(async () => {
    if (together) {
      // the blocks above that have not run yet run first, in order, as the page reads
      for (const earlier of above) {
        if (ranTogether.has(earlier)) continue;
        const outcome = await start(earlier);
        if (outcome === "cancelled") return;
        if (outcome !== "done") return earlierFailed(block, earlier);
        ranTogether.add(earlier);
      }
    }
    const outcome = await start(block);
    if (outcome === "done" && block.dataset.run === "together") ranTogether.add(block);
  });
  queue = mine.catch(() => {});
}

function stop(block) {
  if (state(block).run) endWorker("stopped");
}

function edit(block) {
  const s = state(block);
  if (!s.editor) {
    const editor = element("textarea", "nn11-run-editor");
    editor.value = s.original;
    editor.rows = Math.max(3, s.original.split("\n").length);
    editor.spellcheck = false;
    editor.wrap = "off";
    editor.setAttribute("autocapitalize", "off");
    editor.setAttribute("autocomplete", "off");
    editor.setAttribute("autocorrect", "off");
    editor.setAttribute("aria-label", `Editable code: ${block.dataset.runFile}`);
    const hint = element("p", "nn11-run-editor__hint",
      "Tab indents, Shift+Tab unindents, Enter keeps the indentation, Ctrl+Enter runs, Escape leaves the editor.");
    hint.id = `nn11-hint-${nextId++}`;
    editor.setAttribute("aria-describedby", hint.id);
    editor.addEventListener("keydown", (event) => keys(event, block));
    block.after(hint, editor);
    block.hidden = true;
    s.editor = editor;
    s.hint = hint;
    const toggle = button(block, "edit");
    toggle.textContent = "Reset";
    toggle.dataset.runAction = "reset";
  }
  s.editor.focus();
}

function reset(block) {
  const s = state(block);
  if (!s.editor) return;
  s.editor.remove();
  s.hint.remove();
  s.editor = null;
  block.hidden = false;
  if (s.output) {
    s.output.area.remove();
    s.output = null;
  }
  const toggle = button(block, "reset");
  toggle.textContent = "Edit";
  toggle.dataset.runAction = "edit";
  toggle.focus();
}

// ---- the editor's keys ----

function insert(editor, text) {
  // execCommand keeps the browser's undo history; setRangeText is the fallback
  if (!document.execCommand || !document.execCommand("insertText", false, text)) {
    editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, "end");
  }
}

function keys(event, block) {
  const editor = event.target;
  const value = editor.value;
  const lineStart = value.lastIndexOf("\n", editor.selectionStart - 1) + 1;
  if (event.key === "Escape") {
    event.preventDefault();
    button(block, state(block).run ? "stop" : "run").focus();
  } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    if (!state(block).run) run(block);
  } else if (event.key === "Enter" && !event.shiftKey && !event.altKey) {
    event.preventDefault();
    const line = value.slice(lineStart, editor.selectionStart);
    const indent = line.match(/^[ \t]*/)[0] + (/:\s*$/.test(line) ? INDENT : "");
    insert(editor, "\n" + indent);
  } else if (event.key === "Tab" && !event.ctrlKey && !event.altKey && !event.metaKey) {
    event.preventDefault();
    if (event.shiftKey) {
      const removable = value.slice(lineStart, lineStart + INDENT.length).match(/^ */)[0].length;
      if (removable) {
        const caret = editor.selectionStart;
        editor.setSelectionRange(lineStart, lineStart + removable);
        insert(editor, "");
        editor.setSelectionRange(Math.max(lineStart, caret - removable), Math.max(lineStart, caret - removable));
      }
    } else {
      insert(editor, INDENT.slice((editor.selectionStart - lineStart) % INDENT.length));
    }
  }
}

// ---- wiring ----

const ACTIONS = { run, stop, edit, reset };

// Called by run-loader.js with the button the reader pressed.
export function act(pressed) {
  let block = pressed.closest(".nn11-run").previousElementSibling;
  while (block && !block.matches(".highlight[data-run]")) block = block.previousElementSibling;
  const action = ACTIONS[pressed.dataset.runAction];
  if (block && action) action(block);
}

// Instant navigation keeps this module and its worker: a new page gets a new shared
// namespace; the work of the page left behind is cancelled, queued (its visit is over) and
// running (its worker ends), so that nothing runs that the reader cannot see and stop.
if (window.document$) {
  window.document$.subscribe(() => {
    visit++;
    ranTogether = new WeakSet();
    if (runs.size) endWorker("cancelled");
  });
}
