/* output-diff.js: what the diff under a run marks, line by line, between the output a page
   shows and the output a run printed (run-view.js draws " ", "−" and "+" for the three). */
import { same, test } from "./runner.js";
import { lineDiff } from "/javascripts/output-diff.js";

// one line per change, as the reader sees it: "  a", "− b", "+ c"
const marked = (shown, printed) => lineDiff(shown, printed)
  .map(({ change, text }) => ({ same: "  ", removed: "− ", added: "+ " }[change] + text));

test("the same output is every line marked same, the last newline or not", () => {
  same(marked("0.5\n0.25\n", "0.5\n0.25\n"), ["  0.5", "  0.25"]);
  same(marked("0.5\n0.25\n", "0.5\n0.25"), ["  0.5", "  0.25"]);
  same(marked("", ""), []);
});

test("a line that differs is the shown one removed, then the printed one added, in its place", () => {
  same(marked("a\nb\nc\n", "a\nB\nc\n"), ["  a", "− b", "+ B", "  c"]);
});

test("lines only printed are added, lines only shown are removed, where they stand", () => {
  same(marked("a\nc\n", "a\nb\nc\nd\n"), ["  a", "+ b", "  c", "+ d"]);
  same(marked("a\nb\nc\n", "c\n"), ["− a", "− b", "  c"]);
  same(marked("a\nb\n", ""), ["− a", "− b"]);
  same(marked("", "new\n"), ["+ new"]);
});

test("the longest run of common lines is kept: a line moved is one removed and one added", () => {
  same(marked("a\nb\nc\n", "b\nc\na\n"), ["− a", "  b", "  c", "+ a"]);
});

test("an edited program's output against the original's: what the edit changed, line by line", () => {
  // Part 1's first lines edited to print i * 7 for three rounds, then "end"
  same(marked("0\n1\n2\n", "0\n7\n14\nend\n"), ["  0", "− 1", "− 2", "+ 7", "+ 14", "+ end"]);
});
