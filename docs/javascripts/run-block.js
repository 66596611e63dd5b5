/* nn11: Run and Edit, what a runnable block is on the page. The build marks each one
   (hooks/runnable_blocks.py): data-run says whether it starts clean ("alone") or shares the
   page's namespace with the blocks above it ("together"), data-run-file names the file it
   would be saved as, data-run-expected names the output block it is compared with, and a bar
   of buttons follows it. The editor and the output box, once made, are kept here too. */

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

/** The block a pressed button belongs to: the nearest runnable block before its bar. */
export function blockOf(pressed) {
  let block = pressed.closest(".nn11-run")?.previousElementSibling;
  while (block && !block.matches(RUNNABLE)) block = block.previousElementSibling;
  return block;
}

/** The block's button for `action` ("run", "stop", "edit", "reset"), if it shows that one. */
export const button = (block, action) => partsOf(block).bar.querySelector(`[data-run-action="${action}"]`);

/** The block's number on the page, counted from 1, as a reader would name it. */
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
