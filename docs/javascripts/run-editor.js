/* nn11: Run and Edit's editor: a textarea in place of a block's code (no editor library: it
   weighs nothing, and screen readers and phones know it), with a Python editor's keys. */
import { button, partsOf } from "./run-block.js";
import { clear } from "./run-view.js";

const INDENT = "    ";
const HINT = "Tab indents, Shift+Tab unindents, Enter keeps the indentation, Ctrl+Enter runs, " +
  "Escape leaves the editor.";
let hints = 0; // for the hints' ids

function swap(toggle, action, label) {
  toggle.textContent = label;
  toggle.dataset.runAction = action;
}

/**
 * Put an editor in place of `block`'s code (or move into the one there).
 * @param {{run: Function, isRunning: Function}} queue what Ctrl+Enter and Escape ask
 */
export function edit(block, queue) {
  const parts = partsOf(block);
  if (!parts.editor) {
    const editor = document.createElement("textarea");
    editor.className = "nn11-run-editor";
    editor.value = parts.original;
    editor.rows = Math.max(3, parts.original.split("\n").length);
    editor.spellcheck = false;
    editor.wrap = "off";
    for (const off of ["autocapitalize", "autocomplete", "autocorrect"]) editor.setAttribute(off, "off");
    editor.setAttribute("aria-label", `Editable code: ${block.dataset.runFile}`);
    const hint = document.createElement("p");
    hint.className = "nn11-run-editor__hint";
    hint.textContent = HINT;
    hint.id = `nn11-hint-${++hints}`;
    editor.setAttribute("aria-describedby", hint.id);
    editor.addEventListener("keydown", (event) => keys(event, block, queue));
    block.after(hint, editor);
    block.hidden = true;
    Object.assign(parts, { editor, hint });
    swap(button(block, "edit"), "reset", "Reset");
  }
  parts.editor.focus();
}

/** Back to the original code: the editor and the output of edited runs go. */
export function reset(block) {
  const parts = partsOf(block);
  if (!parts.editor) return;
  parts.editor.remove();
  parts.hint.remove();
  Object.assign(parts, { editor: null, hint: null });
  block.hidden = false;
  clear(block);
  const toggle = button(block, "reset");
  swap(toggle, "edit", "Edit");
  toggle.focus();
}

function insert(editor, text) {
  // execCommand keeps the browser's undo history; setRangeText is the fallback
  if (!document.execCommand || !document.execCommand("insertText", false, text)) {
    editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, "end");
  }
}

function keys(event, block, queue) {
  const editor = event.target;
  const value = editor.value;
  const lineStart = value.lastIndexOf("\n", editor.selectionStart - 1) + 1;
  const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
  if (event.key === "Escape") {
    event.preventDefault();
    button(block, queue.isRunning(block) ? "stop" : "run").focus();
  } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    if (!queue.isRunning(block)) queue.run(block);
  } else if (event.key === "Enter" && !event.shiftKey && !event.altKey) {
    event.preventDefault();
    const line = value.slice(lineStart, editor.selectionStart);
    const indent = line.match(/^[ \t]*/)[0] + (/:\s*$/.test(line) ? INDENT : "");
    insert(editor, "\n" + indent);
  } else if (event.key === "Tab" && plain) {
    event.preventDefault();
    if (event.shiftKey) {
      const removable = value.slice(lineStart, lineStart + INDENT.length).match(/^ */)[0].length;
      if (!removable) return;
      const caret = Math.max(lineStart, editor.selectionStart - removable);
      editor.setSelectionRange(lineStart, lineStart + removable);
      insert(editor, "");
      editor.setSelectionRange(caret, caret);
    } else {
      insert(editor, INDENT.slice((editor.selectionStart - lineStart) % INDENT.length));
    }
  }
}
