/* Where the reader is in the explorer, moved as the controls move it (explorer.js only draws
   what IterationState says), on the programs' real kept iterations and loop lines. */
import { same, test } from "./runner.js";
import { IterationState } from "/javascripts/iteration-state.js";

const numpy = await (await fetch("/fixtures/numpy.json")).json();

function state(program) {
  const { data, lines } = numpy[program];
  return new IterationState({ kept: data.iterations, total: data.total, lines, printed: data.printed });
}

test("any iteration typed is the one shown, kept or not, and the slider rests on the kept one before it", () => {
  const s = state("part1");
  s.typed("5000");
  same(s.j, 5000);
  same(s.kept.includes(5000), false);
  same(s.kept[s.sliderIndex] < 5000 && s.kept[s.sliderIndex + 1] > 5000, true);
  s.typed("123456");
  same(s.j, s.last, "past the end: the last iteration");
  s.typed("-3");
  same(s.j, 0, "before the start: iteration 0");
  s.typed("not a number");
  same(s.j, 0);
  s.typed("41.6");
  same(s.j, 42, "rounded");
});

test("from between two kept iterations the slider's step back goes to the kept one just before", () => {
  const s = state("part1");
  s.typed("5000");
  const resting = s.sliderIndex;
  const [before, after] = [s.kept[resting], s.kept[resting + 1]];
  s.slid(resting - 1); // the range input's ArrowLeft: one below where it rests
  same(s.j, before);
  s.typed("5000");
  s.slid(resting + 1); // ArrowRight
  same(s.j, after);
  s.slid(resting); // from a kept iteration, a step back is the kept one before it
  same(s.j, before);
});

test("next line after the loop's last line goes on to iteration j + 1 at the loop's first line", () => {
  const s = state("part1");
  const start = s.kept.at(-2);
  s.typed(String(start));
  s.nextLine();
  same([s.line, s.j], [0, start], "the first press enters step mode at the loop's first line");
  for (let k = 1; k < s.lines.length; k++) s.nextLine();
  same(s.line, s.lines.length - 1);
  s.nextLine();
  same([s.line, s.j], [0, start + 1]);
});

test("step mode skips the print at an iteration that prints nothing, and shows it where it runs", () => {
  const s = state("part2");
  const print = s.lines.indexOf("print");
  same(print > 0, true, "part2's loop prints");
  const walk = () => {
    const seen = [];
    s.nextLine();
    do { seen.push(s.line); s.nextLine(); } while (s.line !== 0);
    s.whole();
    return seen;
  };
  s.typed("0"); // part2 prints at iteration 0
  same(walk().includes(print), true);
  s.typed("1");
  same(walk().includes(print), false);
  same(s.runs(print), false);
});

test("the last iteration's last line stays at the last iteration", () => {
  const s = state("part1");
  s.typed(String(s.last));
  for (let k = 0; k <= s.lines.length; k++) s.nextLine();
  same([s.j, s.line], [s.last, 0]);
});

test("play goes through the kept iterations, from 0 when at the end, and stops at the last", () => {
  const s = state("part1");
  s.typed(String(s.last));
  s.nextLine();
  s.togglePlay();
  same([s.playing, s.j, s.stepping], [true, 0, false], "play leaves step mode and starts over");
  const shown = [];
  while (s.playing) {
    s.tick();
    shown.push(s.j);
  }
  same(shown, s.kept.slice(1));
});

test("pause stops play where it is; a control moved stops it too", () => {
  const s = state("part1");
  s.togglePlay();
  s.tick();
  s.togglePlay();
  same([s.playing, s.j], [false, s.kept[1]]);
  s.togglePlay();
  s.slid(5);
  same([s.playing, s.j], [false, s.kept[5]]);
  s.togglePlay();
  s.nextLine();
  same([s.playing, s.stepping], [false, true]);
});

test("from between two kept iterations play goes on to the next kept one", () => {
  const s = state("part1");
  s.typed("5000");
  const next = s.kept[s.sliderIndex + 1];
  s.togglePlay();
  s.tick();
  same(s.j, next);
});
