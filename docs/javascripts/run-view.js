/* nn11: Run and Edit's view of a run: the output box under a block's bar and the Run/Stop
   button. It draws what the run queue (run-queue.js) reports and decides nothing itself. */
import { button, numberOf, partsOf } from "./run-block.js";
import { isBusy } from "./run-queue.js";

const MARKS = { same: "  ", removed: "− ", added: "+ " };

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

// The output box sits under the bar; it is made on the block's first run.
function outputOf(block) {
  const parts = partsOf(block);
  if (!parts.output) {
    const area = element("div", "nn11-run-output");
    const status = element("p", "nn11-run-output__status");
    status.setAttribute("role", "status");
    const box = element("pre", "nn11-run-output__printed");
    box.tabIndex = 0; // long output scrolls: keyboard users must reach it
    box.setAttribute("aria-label", "Printed by this run");
    box.hidden = true; // until something is printed: no empty box
    const printed = element("code");
    box.append(printed);
    const notes = element("div", "nn11-run-output__notes");
    area.append(status, box, notes);
    parts.bar.after(area);
    parts.output = { area, status, box, printed, notes };
  }
  return parts.output;
}

// A link to another block: it gets an id to be linked to if it has none.
function linkTo(block, text) {
  if (!block.id) block.id = `nn11-block-${numberOf(block)}`;
  const link = element("a", "", text);
  link.href = `#${block.id}`;
  return link;
}

// A sentence of run-messages.js, from the parts the queue gives: text, code, links.
function sentence(parts) {
  return parts.map((part) => {
    if (typeof part === "string") return part;
    if (part.link) return linkTo(part.link, part.text);
    return element("code", "", part.code);
  });
}

function diffView({ key, lines }) {
  const view = element("div", "nn11-run-diff");
  view.append(element("p", "nn11-run-diff__key", key));
  const pre = element("pre");
  pre.tabIndex = 0;
  pre.setAttribute("aria-label", "Changes in the output");
  const code = element("code");
  for (const line of lines) {
    code.append(element("span", `nn11-run-diff__${line.change}`, MARKS[line.change] + line.text + "\n"));
  }
  pre.append(code);
  view.append(pre);
  return view;
}

/** Draw a report of the run queue for `block`. */
export function show(block, { state, message, notes, diff, fresh }) {
  const out = outputOf(block);
  if (fresh) {
    out.printed.textContent = "";
    out.box.hidden = true;
    out.notes.replaceChildren();
  }
  out.status.replaceChildren(...sentence(message));
  for (const note of notes) {
    const paragraph = element("p", "nn11-run-output__note");
    paragraph.append(...sentence(note));
    out.notes.append(paragraph);
  }
  if (diff) out.notes.append(diffView(diff));
  offer(block, isBusy(state));
}

// a block that runs offers Stop in place of Run
function offer(block, busy) {
  const toggle = button(block, "run") ?? button(block, "stop");
  toggle.textContent = busy ? "Stop" : "Run";
  toggle.dataset.runAction = busy ? "stop" : "run";
}

/** Add what a run printed: stdout as text, stderr (a traceback) in one marked span. */
export function print(block, parts) {
  const { box, printed } = outputOf(block);
  box.hidden = false;
  for (const { kind, text } of parts) {
    const last = printed.lastChild;
    if (kind === "out") printed.append(text);
    else if (last?.className === "nn11-run-output__error") last.append(text);
    else printed.append(element("span", "nn11-run-output__error", text));
  }
}

/** Take the output box away and offer Run (the block was reset). */
export function clear(block) {
  const parts = partsOf(block);
  parts.output?.area.remove();
  parts.output = null;
  offer(block, false);
}
