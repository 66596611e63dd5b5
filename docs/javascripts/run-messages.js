// Run and Edit: every sentence it tells the reader, in one place. run-queue.js decides
// which one is due and run-view.js where it goes; the words are here.
import { CORE_BYTES, CORE_URL, VERSION } from "./pyodide-pin.js";

const count = (n, one, many) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export const fetching = () =>
  `Fetching Python (Pyodide ${VERSION}, about ${Math.round(CORE_BYTES / 1e6)} MB, once per visit) ` +
  `from ${new URL(CORE_URL).host}, and NumPy from there too if the block imports it.`;
export const running = "Running…";
export const waiting = "Waiting for the block that is running…";
export const aboveFirst = "The blocks above it run first, in order…";
export const stopped = "Stopped. The next Run starts a fresh Python.";
export const broken = (text) => `Python could not run this block: ${text}.`;
export const error = "Python stopped at an error: its traceback is above.";

// input() waits for typed input, which no page can give to Python in a worker
export const noInput = (line) =>
  `Python stopped at input() on line ${line}: a page cannot ask you to type input. ` +
  "Give the variable a value in the code instead (say name = \"Ada\" in place of " +
  "name = input(…)), then Run again.";

export const unreachable = (what, url) =>
  `${what === "numpy" ? "NumPy" : what} could not be fetched from ${url}: ` +
  "this device may be offline, or the address blocked.";
// the rest of the sentence after the block's file name
export const runLocally = ["To run it on your computer instead: copy the block (the button in its corner), save it as ",
  " and run "];
export const needsNumpy = [" (it needs NumPy: ", ")"];

// A block that runs together with the blocks above it did not run, because an earlier one did
// not finish: the link to that one goes between the two parts.
export const earlierFailed = ["This block did not run, because ",
  ", which it builds on, did not finish: see what it says there. Once it runs, Run here works again."];
export const blockName = (n, caption) => caption ? `the block ${caption}` : `block ${n} of this page`;

// what a run printed beyond the limits: `chars` of the line it was in when cut, then `lines`
export function cutNote({ chars, lines }) {
  const parts = [];
  if (chars) parts.push(`${count(chars, "more character", "more characters")} of this line`);
  if (lines) parts.push(count(lines, "more line", "more lines"));
  return `Output cut here: ${parts.join(" and ")} not shown.`;
}

export const done = {
  cut: "Done. The output was too long to show whole, so it is not compared.",
  printed: "Done.",
  nothing: "Done: it printed nothing.",
  same: "Done: the same output as the one shown above.",
  sameEdited: "Done: the same output as the one shown above, even after your edit.",
  differs: "Done, but the output differs from the one shown above. What differs, line by line:",
  differsEdited: "Done: your edit changed the output. What changed, line by line:",
};
export const diffKey = "Lines marked − are in the output shown above, lines marked + in this run's.";
