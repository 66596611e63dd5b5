/* nn11: a program's training run, any iteration of it, computed the way the program does.
   No DOM: explorer.js shows it, tests/js/training-run.test.js checks it against NumPy, and
   tools/explorer_drift.py runs it at every iteration.

   The explorer's data (explorer/<program>.json, nn11site/explorer/data.py) holds the
   weights at the top of some kept iterations, exactly as NumPy had them. Every other
   iteration's weights are computed here, forward from the kept one before it, and
   everything an iteration computes is recomputed with the program's own formulas (the three
   programs compute the same things, with one layer or two). JavaScript's float64 arithmetic
   may differ from NumPy's in the last bits (Math.exp, BLAS's order of summation), and
   stepping forward could amplify that: tools/explorer_drift.py measures it at every
   iteration of the three programs, and no number shown may differ. */

// ---- small matrices: {r, c, a} with a[i * c + j] ----
const matrix = (r, c, a) => ({ r, c, a });
const fromRows = (rows) => matrix(rows.length, rows[0].length, rows.flat());

function dot(A, B) {
  const out = new Array(A.r * B.c);
  for (let i = 0; i < A.r; i++) {
    for (let j = 0; j < B.c; j++) {
      let sum = 0;
      for (let k = 0; k < A.c; k++) sum += A.a[i * A.c + k] * B.a[k * B.c + j];
      out[i * B.c + j] = sum;
    }
  }
  return matrix(A.r, B.c, out);
}

function T(A) {
  const out = new Array(A.r * A.c);
  for (let i = 0; i < A.r; i++) for (let j = 0; j < A.c; j++) out[j * A.r + i] = A.a[i * A.c + j];
  return matrix(A.c, A.r, out);
}

const each = (A, f) => matrix(A.r, A.c, A.a.map(f));
const both = (A, B, f) => matrix(A.r, A.c, A.a.map((v, i) => f(v, B.a[i])));
const sigmoid = (A) => each(A, (x) => 1 / (1 + Math.exp(-x)));
const slope = (A) => each(A, (x) => x * (1 - x));
const minus = (a, b) => a - b;
const times = (a, b) => a * b;
const plus = (a, b) => a + b;

/** One iteration, from the weights `w` at its top: every array its lines compute, by name.
    Part 1 (one weight matrix): lines 28-39. Part 2 and the eleven lines (two): the same
    values under the same names; the eleven lines skip l0, l2_error and l1_error. */
export function iterate(X, y, w) {
  const v = { l0: X };
  if (!w.syn1) {
    v.l1 = sigmoid(dot(X, w.syn0));
    v.l1_error = both(y, v.l1, minus);
    v.l1_delta = both(v.l1_error, slope(v.l1), times);
    v.syn0 = both(w.syn0, dot(T(X), v.l1_delta), plus);
    v.output = v.l1;
    return v;
  }
  v.l1 = sigmoid(dot(X, w.syn0));
  v.l2 = sigmoid(dot(v.l1, w.syn1));
  v.l2_error = both(y, v.l2, minus);
  v.l2_delta = both(v.l2_error, slope(v.l2), times);
  v.l1_error = dot(v.l2_delta, T(w.syn1));
  v.l1_delta = both(v.l1_error, slope(v.l1), times);
  v.syn1 = both(w.syn1, dot(T(v.l1), v.l2_delta), plus);
  v.syn0 = both(w.syn0, dot(T(X), v.l1_delta), plus);
  v.output = v.l2;
  return v;
}

const meanAbs = (A) => A.a.reduce((s, x) => s + Math.abs(x), 0) / A.a.length;

/** The index in `kept` (ascending) of the last kept iteration at or before `j`. */
export function keptBefore(kept, j) {
  let low = 0;
  let high = kept.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (kept[middle] <= j) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The run the data describes: `at(j)` is everything iteration j computes, for any j from
    0 to total - 1, with `top` (the weights it starts from), `printed` (the line the program
    printed at j, or null) and `error` (mean |y - output|). */
export function trainingRun(data) {
  const X = fromRows(data.X);
  const y = fromRows(data.y);
  const kept = data.iterations;
  const names = Object.keys(data.shapes);
  let reached = null; // the last iteration computed, {j, top}: stepping on goes on from it

  const keptWeights = (k) => Object.fromEntries(names.map((name) => {
    const [r, c] = data.shapes[name];
    return [name, matrix(r, c, data.weights[name][k])];
  }));

  function weightsAt(j) {
    const k = keptBefore(kept, j);
    let from = kept[k];
    let top = keptWeights(k);
    // the same arithmetic in the same order either way: going on from the last iteration
    // computed only saves repeating it
    if (reached && reached.j <= j && reached.j > from) ({ j: from, top } = reached);
    for (; from < j; from++) {
      const v = iterate(X, y, top);
      top = Object.fromEntries(names.map((name) => [name, v[name]]));
    }
    reached = { j, top };
    return top;
  }

  function at(j) {
    const top = weightsAt(j);
    const values = iterate(X, y, top);
    values.j = j;
    values.top = top;
    values.printed = data.printed[String(j)] ?? null;
    values.error = meanAbs(both(y, values.output, minus));
    return values;
  }

  return { X, total: data.total, kept, keptBefore: (j) => keptBefore(kept, j), at };
}
