/* The explorer's numbers against NumPy's: for each program, at iteration 0, 1, the last,
   and the iterations farthest from a kept one, every array the loop computes, the weights
   the iteration starts from, and the error, as the page writes them (tests/fresh_runs.py
   runs the program afresh; test_js_units.py serves what it got). */
import { same, test } from "./runner.js";
import { shown, shownInteger } from "/javascripts/number-format.js";
import { keptBefore, trainingRun } from "/javascripts/training-run.js";

const numpy = await (await fetch("/fixtures/numpy.json")).json();

const written = (matrix, integer) => matrix.a.map((v) => (integer ? shownInteger(v) : shown(v)));

for (const [program, { data, at }] of Object.entries(numpy)) {
  test(`${program}: every iteration checked shows NumPy's numbers, computed from the kept one before it`, () => {
    const run = trainingRun(data);
    for (const [j, want] of Object.entries(at)) {
      const got = run.at(Number(j));
      for (const [name, cells] of Object.entries(want.arrays)) {
        same(written(got[name], want.integer.includes(name)), cells, `${program} iteration ${j}, ${name}`);
      }
      for (const [name, cells] of Object.entries(want.top)) {
        same(written(got.top[name]), cells, `${program} iteration ${j} starts from ${name}`);
      }
      same(shown(got.error), want.error, `${program} iteration ${j}, error`);
      same(got.printed, want.printed, `${program} iteration ${j}, printed`);
    }
  });

  test(`${program}: going back to an earlier iteration gives the same numbers as going there first`, () => {
    const [first, later] = Object.keys(at).map(Number).sort((a, b) => b - a);
    const fresh = trainingRun(data).at(later);
    const run = trainingRun(data);
    run.at(first);
    same(run.at(later).top, fresh.top, `${program} iteration ${later} after ${first}`);
  });

  test(`${program}: iteration 0 starts from the weights NumPy drew, exactly`, () => {
    const top = trainingRun(data).at(0).top;
    for (const name of Object.keys(data.shapes)) same(top[name].a, data.weights[name][0], name);
  });
}

test("keptBefore finds the kept iteration at or before any iteration", () => {
  const kept = [0, 1, 2, 10, 100];
  same([0, 1, 2, 9, 10, 11, 99, 100, 5000].map((j) => keptBefore(kept, j)), [0, 1, 2, 2, 3, 3, 3, 4, 4]);
});
