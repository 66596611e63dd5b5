/* nn11: the training explorer. Loaded by the inline loader that nn11site/explorer puts after
   each explorer, only once the reader comes near it; the page already holds the explorer's
   markup, with iteration 0's values, and a table for readers without JavaScript.

   The data (explorer/<program>.json) holds the program's weights at the top of some kept
   iterations, exactly as NumPy had them. Every other iteration's weights are computed here,
   forward from the kept one before it, and everything an iteration computes is recomputed
   with the program's own formulas (the three programs compute the same things, with one
   layer or two); the tests check that the numbers shown equal NumPy's at the precision
   shown: 4 significant digits, as Python's format(x, ".4g") writes them. */
(function () {
  "use strict";

  var MINUS = "\u2212";
  var NOT_RUN = "(not run at this iteration)";  // nn11site/explorer/html.py's NOT_RUN
  var REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");

  // Python's format(x, "#.4g") without a bare trailing point, with a real minus sign
  // (nn11site/explorer/data.py's `shown`)
  function shown(x) {
    if (!isFinite(x)) return String(x);
    var parts = x.toExponential(3).split("e");
    var exp = x === 0 ? 0 : parseInt(parts[1], 10);
    var text;
    if (exp < -4 || exp >= 4) {
      text = parts[0] + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    } else {
      text = x.toFixed(3 - exp).replace(/\.$/, "");
    }
    return text.replace(/-/g, MINUS);
  }

  // a node's value: format(x, ".3f")
  function shownNode(x) {
    return x.toFixed(3).replace(/-/g, MINUS);
  }

  // ---- small matrices: {r, c, a} with a[i * c + j] ----
  function matrix(r, c, a) { return { r: r, c: c, a: a }; }
  function fromRows(rows) {
    return matrix(rows.length, rows[0].length, [].concat.apply([], rows));
  }
  function dot(A, B) {
    var out = new Array(A.r * B.c);
    for (var i = 0; i < A.r; i++) {
      for (var j = 0; j < B.c; j++) {
        var sum = 0;
        for (var k = 0; k < A.c; k++) sum += A.a[i * A.c + k] * B.a[k * B.c + j];
        out[i * B.c + j] = sum;
      }
    }
    return matrix(A.r, B.c, out);
  }
  function T(A) {
    var out = new Array(A.r * A.c);
    for (var i = 0; i < A.r; i++) for (var j = 0; j < A.c; j++) out[j * A.r + i] = A.a[i * A.c + j];
    return matrix(A.c, A.r, out);
  }
  function each(A, f) { return matrix(A.r, A.c, A.a.map(f)); }
  function both(A, B, f) { return matrix(A.r, A.c, A.a.map(function (v, i) { return f(v, B.a[i]); })); }
  function sigmoid(A) { return each(A, function (x) { return 1 / (1 + Math.exp(-x)); }); }
  function slope(A) { return each(A, function (x) { return x * (1 - x); }); }
  var minus = function (a, b) { return a - b; };
  var times = function (a, b) { return a * b; };
  var plus = function (a, b) { return a + b; };

  // One iteration, from the weights at its top: every array its lines compute, by name.
  // Part 1 (one weight matrix): lines 28-39. Part 2 and the eleven lines (two): the same
  // values under the same names; the eleven lines skip l0, l2_error and l1_error.
  function iterate(X, y, w) {
    var v = { l0: X };
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

  function meanAbs(A) {
    return A.a.reduce(function (s, x) { return s + Math.abs(x); }, 0) / A.a.length;
  }

  // ---- the run: any iteration, computed forward from the kept one before it ----
  // No DOM here: given the data, trainingRun(data).at(j) is everything iteration j computes,
  // for any j from 0 to total - 1. The weights at the top of a kept iteration are NumPy's
  // own; from there the loop runs forward, iteration by iteration, with `iterate`. JavaScript's
  // float64 arithmetic may differ from NumPy's in the last bits (Math.exp, BLAS's order of
  // summation), and stepping forward could amplify that: tools/explorer_drift.py measures it
  // at every iteration of the three programs, and no number shown may differ (the browser
  // tests check the farthest iteration from a kept one and random ones against fresh NumPy
  // runs; nn11site/explorer_data.py's kept_iterations decides which are kept).
  function trainingRun(data) {
    var X = fromRows(data.X);
    var y = fromRows(data.y);
    var kept = data.iterations;
    var names = Object.keys(data.shapes);
    var reached = null;  // the last iteration computed, {j, top}: stepping on goes on from it

    function keptWeights(k) {
      var w = {};
      names.forEach(function (name) {
        var shape = data.shapes[name];
        w[name] = matrix(shape[0], shape[1], data.weights[name][k]);
      });
      return w;
    }
    // the index of the last kept iteration at or before j
    function keptBefore(j) {
      var low = 0, high = kept.length - 1;
      while (low < high) {
        var middle = (low + high + 1) >> 1;
        if (kept[middle] <= j) low = middle; else high = middle - 1;
      }
      return low;
    }
    function weightsAt(j) {
      var k = keptBefore(j);
      var from = kept[k], top = keptWeights(k);
      // the same arithmetic in the same order either way: going on from the last iteration
      // computed only saves repeating it
      if (reached && reached.j <= j && reached.j > from) { from = reached.j; top = reached.top; }
      for (; from < j; from++) {
        var v = iterate(X, y, top);
        top = {};
        names.forEach(function (name) { top[name] = v[name]; });
      }
      reached = { j: j, top: top };
      return top;
    }
    function at(j) {
      var top = weightsAt(j);
      var values = iterate(X, y, top);
      var printed = data.printed[String(j)];
      values.j = j;
      values.top = top;
      values.printed = printed === undefined ? null : printed;
      values.error = meanAbs(both(y, values.output, minus));
      return values;
    }
    return { X: X, total: data.total, kept: kept, keptBefore: keptBefore, at: at };
  }

  function mount(root, data) {
    if (root.dataset.mounted) return;
    root.dataset.mounted = "true";
    var run = trainingRun(data);
    var X = run.X;
    var kept = run.kept;
    var last = data.total - 1;
    var names = Object.keys(data.shapes);
    var q = function (s) { return root.querySelector(s); };
    var slider = q("input[type=range]");
    var number = q("input[type=number]");
    var play = q("[data-do=play]");
    var stepButton = q("[data-do=step]");
    var whole = q("[data-do=whole]");
    var example = q("select");
    var status = q(".nn11-explorer__status");
    var caption = q(".nn11-explorer__caption");
    var errorOut = q("[data-error]");
    var svg = q(".nn11-explorer__net svg");
    var widthRule = svg.getAttribute("data-width").split(" ").map(Number);
    var scale = Number(svg.getAttribute("data-scale"));
    var edges = [].map.call(svg.querySelectorAll("[data-w]"), function (el) {
      var p = el.getAttribute("data-w").split(" ");
      return { el: el, name: p[0], i: +p[1], j: +p[2] };
    });
    var nodes = [].map.call(svg.querySelectorAll("[data-node]"), function (el) {
      var p = el.getAttribute("data-node").split(" ");
      return { el: el, name: p[0], k: +p[1] };
    });
    // the curve's axes, as nn11site/explorer/curve.py drew them: x = left + width * log10(1 + j) / span,
    // y = top + height * (high - log10(error)) / (high - low)
    var curve = q(".nn11-curve svg");
    var xAxis = curve.getAttribute("data-x").split(" ").map(Number);
    var yAxis = curve.getAttribute("data-y").split(" ").map(Number);
    var marker = q(".nn11-curve__marker");
    var items = [].map.call(root.querySelectorAll(".nn11-explorer__item"), function (li) {
      return {
        li: li, line: +li.dataset.line, kind: li.dataset.kind, name: li.dataset.name,
        cells: li.querySelectorAll(".nn11-explorer__value td"), integer: li.hasAttribute("data-int"),
        scalar: li.querySelector(".nn11-explorer__scalar"),
        start: li.querySelectorAll(".nn11-explorer__start td")
      };
    });

    // the listing this explorer belongs to, on the same page, if it is there
    var listing = document.querySelector('[data-listing="' + root.dataset.program + '"]');
    function listingLine(n) {
      return listing && listing.querySelector("#" + root.dataset.program + "-" + n);
    }

    var values = null, step = -1, timer = null, announce = null;

    function fill(item) {
      if (item.kind === "for") {
        item.scalar.textContent = String(values.j);
        // the weights this iteration starts from: what its lines use, before its update
        var c = 0;
        names.forEach(function (name) {
          values.top[name].a.forEach(function (v) { item.start[c++].textContent = shown(v); });
        });
      } else if (item.kind === "if") item.scalar.textContent = values.printed === null ? "False" : "True";
      else if (item.kind === "print") item.scalar.textContent = values.printed === null ? NOT_RUN : values.printed;
      else {
        var a = values[item.name].a;
        for (var i = 0; i < item.cells.length; i++) {
          item.cells[i].textContent = item.integer ? String(a[i]).replace("-", MINUS) : shown(a[i]);
        }
      }
    }

    function drawNet() {
      var row = +example.value;
      edges.forEach(function (e) {
        var w = values.top[e.name];
        var v = w.a[e.i * w.c + e.j];
        e.el.setAttribute("stroke-width", (widthRule[0] + widthRule[1] * Math.abs(v) / scale).toFixed(2));
        e.el.classList.toggle("is-pos", v >= 0);
        e.el.classList.toggle("is-neg", v < 0);
      });
      nodes.forEach(function (n) {
        var layer = n.name === "l0" ? X : values[n.name];
        n.el.textContent = n.name === "l0" ? String(layer.a[row * layer.c + n.k])
          : shownNode(layer.a[row * layer.c + n.k]);
      });
      writeCaption();
    }

    // on paper, in place of the controls: which iteration and which example are shown
    function writeCaption() {
      caption.textContent = "Iteration " + values.j.toLocaleString("en") + " of " +
        last.toLocaleString("en") + "; node values for " + example.selectedOptions[0].textContent + ".";
    }

    function show(want) {
      var j = Math.max(0, Math.min(last, want));
      values = run.at(j);
      // the slider moves through the kept iterations; between two, it rests on the earlier
      slider.value = String(run.keptBefore(j));
      slider.setAttribute("aria-valuetext", "iteration " + j.toLocaleString("en") +
        " of " + last.toLocaleString("en"));
      number.value = String(j);
      items.forEach(fill);
      drawNet();
      errorOut.textContent = shown(values.error);
      marker.setAttribute("cx", (xAxis[0] + xAxis[1] * Math.log10(1 + j) / xAxis[2]).toFixed(1));
      marker.setAttribute("cy", (yAxis[0] + yAxis[1] * (yAxis[2] - Math.log10(values.error)) /
        (yAxis[2] - yAxis[3])).toFixed(1));
      if (step >= 0) markStep();
      // told politely, once the reader stops moving (never every frame of play)
      clearTimeout(announce);
      if (!timer) announce = setTimeout(say, 700);
    }

    function say() {
      status.textContent = step >= 0 && items[step]
        ? "Iteration " + values.j.toLocaleString("en") + ", line " + items[step].line + ": " +
          items[step].li.querySelector("code").textContent
        : "Showing iteration " + values.j.toLocaleString("en") + " of " + last.toLocaleString("en");
    }

    // ---- play and pause: through the kept iterations ----
    function stop() {
      clearInterval(timer);
      timer = null;
      play.textContent = "Play";
      play.setAttribute("aria-pressed", "false");
    }
    play.addEventListener("click", function () {
      if (timer) { stop(); say(); return; }
      leaveSteps();
      if (values.j >= last) show(0);
      play.textContent = "Pause";
      play.setAttribute("aria-pressed", "true");
      timer = setInterval(function () {
        if (!root.isConnected) return stop();
        show(kept[Math.min(kept.length - 1, run.keptBefore(values.j) + 1)]);
        if (values.j >= last) { stop(); say(); }
      }, REDUCED_MOTION.matches ? 600 : 90);
    });

    slider.addEventListener("input", function () {
      stop();
      // from an iteration between two kept ones, one step back is the kept one before it
      // (where the slider rests), not the one before that
      var k = +slider.value, resting = run.keptBefore(values.j);
      show(kept[k === resting - 1 && kept[resting] !== values.j ? resting : k]);
    });
    number.addEventListener("change", function () {
      stop();
      show(Math.round(+number.value) || 0);
    });
    example.addEventListener("change", drawNet);

    // ---- step mode: one iteration, line by line ----
    function runs(item) {
      return !(item.kind === "print" && values.printed === null);
    }
    function markStep() {
      items.forEach(function (item, k) {
        item.li.classList.toggle("is-step", k === step);
        item.li.classList.toggle("is-pending", k > step);
        item.li.classList.toggle("is-skipped", k <= step && !runs(item));
      });
      mark(items[step].line);
    }
    function leaveSteps() {
      if (step < 0) return;
      step = -1;
      items.forEach(function (item) { item.li.classList.remove("is-step", "is-pending", "is-skipped"); });
      stepButton.textContent = "Step line by line";
      mark(null);
    }
    stepButton.addEventListener("click", function () {
      stop();
      if (step < 0) {
        step = 0;
        stepButton.textContent = "Next line";
      } else {
        do { step++; } while (step < items.length && !runs(items[step]));
        if (step >= items.length) {
          // past the loop's last line: the next iteration, j + 1, from its first line
          step = 0;
          if (values.j < last) { show(values.j + 1); clearTimeout(announce); }
        }
      }
      markStep();
      say();
    });
    whole.addEventListener("click", function () { leaveSteps(); say(); });

    // ---- the listing's lines and the values, linked both ways ----
    var marked = null;
    function mark(n) {
      if (marked) marked.classList.remove("nn11-marked");
      marked = n === null ? null : listingLine(n);
      if (!marked) return;
      marked.classList.add("nn11-marked");
      // keep the line in sight inside the listing's own scroll box (side by side), never
      // scroll the page away from the explorer
      var box = marked.closest(".walkthrough__code");
      if (box && box.scrollHeight > box.clientHeight) {
        var r = marked.getBoundingClientRect(), b = box.getBoundingClientRect();
        if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 2;
      }
    }
    items.forEach(function (item) {
      item.li.addEventListener("click", function () { mark(item.line); });
      var line = listingLine(item.line);
      if (!line) return;
      var on = function () { item.li.classList.add("is-linked"); };
      var off = function () { item.li.classList.remove("is-linked"); };
      line.addEventListener("mouseenter", on);
      line.addEventListener("mouseleave", off);
      var numberLink = [].find.call(listing.querySelectorAll(".linenos a"), function (a) {
        return parseInt(a.textContent, 10) === item.line;
      });
      if (numberLink) {
        numberLink.addEventListener("focus", on);
        numberLink.addEventListener("blur", off);
      }
    });

    [slider, number, play, stepButton, whole, example].forEach(function (el) { el.disabled = false; });
    items.forEach(function (item) { item.li.querySelector("button").disabled = false; });
    root.dataset.ready = "true";
    show(0);
    clearTimeout(announce);
  }

  window.nn11ExplorerMount = mount;
  // (tools/explorer_drift.py runs it at every iteration against NumPy)
  window.nn11ExplorerTrainingRun = trainingRun;
})();
