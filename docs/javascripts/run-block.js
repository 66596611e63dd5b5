/* nn11: Run and Edit, a runnable block on the page, as the build marks it
   (nn11site/render/marks.py: data-run, data-run-file, data-run-expected, a bar after it), with
   its editor and output box once made. */

const RUNNABLE = ".highlight[data-run]";
const parts = new WeakMap(); // block -> { original, bar, editor, hint, output }

/** A block's parts, its original code read before any edit. */
export function partsOf(block) {
  if (!parts.has(block)) {
    parts.set(block, {
      original: block.querySelector("code").textContent,
      bar: block.nextElementSibling, // read before the editor goes in between
      editor: null,
      hint: null,
      output: null,
    });
  }
  return parts.get(block);
}

/** The block of a pressed button: the runnable block nearest before its bar. */
export function blockOf(pressed) {
  let block = pressed.closest(".nn11-run")?.previousElementSibling;
  while (block && !block.matches(RUNNABLE)) block = block.previousElementSibling;
  return block;
}

/** The block's button for `action` ("run", "stop", "edit", "reset"), if it shows it. */
export const button = (block, action) => partsOf(block).bar.querySelector(`[data-run-action="${action}"]`);

/** The block's number on the page, from 1, as a reader counts. */
export const numberOf = (block) => [...document.querySelectorAll(RUNNABLE)].indexOf(block) + 1;

/** The together blocks above `block` (none for a block that runs alone). */
export function togetherAbove(block) {
  if (block.dataset.run !== "together") return [];
  const all = [...document.querySelectorAll(`${RUNNABLE}[data-run="together"]`)];
  return all.slice(0, all.indexOf(block));
}

/** What the run queue (run-queue.js) needs to know of a block when it starts. */
export function describe(block) {
  const { original, editor } = partsOf(block);
  const shown = document.getElementById(block.dataset.runExpected || "");
  return {
    code: editor ? editor.value : original,
    file: block.dataset.runFile,
    together: block.dataset.run === "together",
    edited: Boolean(editor) && editor.value !== original,
    expected: shown ? shown.querySelector("code").textContent : null,
    number: numberOf(block),
    caption: block.querySelector(".filename")?.textContent,
  };
}
