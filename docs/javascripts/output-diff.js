// What changed between the output a page shows and the output a run printed, line by line:
// the longest common subsequence of lines is kept, the rest is marked removed or added.
// (Hand-written: a diff library such as jsdiff weighs more than the whole Run and Edit budget,
// and outputs here are at most a few thousand lines.)
export function lineDiff(shown, printed) {
  const a = splitLines(shown);
  const b = splitLines(printed);
  // common[i][j]: length of the longest common subsequence of a[i:] and b[j:]
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] = a[i] === b[j]
        ? common[(i + 1) * width + j + 1] + 1
        : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ change: "same", text: a[i++] });
      j++;
    } else if (i < a.length && (j === b.length || common[(i + 1) * width + j] >= common[i * width + j + 1])) {
      lines.push({ change: "removed", text: a[i++] });
    } else {
      lines.push({ change: "added", text: b[j++] });
    }
  }
  return lines;
}

function splitLines(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
