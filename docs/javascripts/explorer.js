/* nn11: the training explorer. Loaded by the inline loader that hooks/explorer.py puts after
   each explorer, only once the reader comes near it; the page already holds the explorer's
   markup, with iteration 0's values, and a table for readers without JavaScript.

   The data (explorer/<program>.json) holds the program's weights at the top of each kept
   iteration, exactly as NumPy had them. Everything else an iteration computes is recomputed
   here with the program's own formulas (the three programs compute the same things, with
   one layer or two); the tests check that the numbers shown equal NumPy's at the precision
   shown: 4 significant digits, as Python's format(x, ".4g") writes them. */
(function () {
  "use strict";

  var MINUS = "\u2212";
  var NOT_RUN = "(not run at this iteration)";  // hooks/explorer.py's NOT_RUN
  var REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");

  // Python's format(x, "#.4g") without a bare trailing point, with a real minus sign
  // (hooks/explorer.py's `shown`)
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

  function mount(root, data) {
    if (root.dataset.mounted) return;
    root.dataset.mounted = "true";
    var X = fromRows(data.X);
    var y = fromRows(data.y);
    var kept = data.iterations;
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
    var points = q(".nn11-curve__line").getAttribute("points").trim().split(/\s+/).map(function (p) {
      return p.split(",");
    });
    var marker = q(".nn11-curve__marker");
    var items = [].map.call(root.querySelectorAll(".nn11-explorer__item"), function (li) {
      return {
        li: li, line: +li.dataset.line, kind: li.dataset.kind, name: li.dataset.name,
        cells: li.querySelectorAll("td"), integer: li.hasAttribute("data-int"), scalar: li.querySelector(".nn11-explorer__scalar")
      };
    });

    // the listing this explorer belongs to, on the same page, if it is there
    var listing = document.querySelector('[data-listing="' + root.dataset.program + '"]');
    function listingLine(n) {
      return listing && listing.querySelector("#" + root.dataset.program + "-" + n);
    }

    var index = 0, values = null, step = -1, timer = null, announce = null;

    function weightsAt(k) {
      var w = {};
      names.forEach(function (name) {
        var shape = data.shapes[name];
        w[name] = matrix(shape[0], shape[1], data.weights[name][k]);
      });
      return w;
    }

    function fill(item) {
      var j = kept[index];
      if (item.kind === "for") item.scalar.textContent = String(j);
      else if (item.kind === "if") item.scalar.textContent = values.printed === null ? "False" : "True";
      else if (item.kind === "print") item.scalar.textContent = values.printed === null ? NOT_RUN : values.printed;
      else {
        var a = values[item.name].a;
        for (var c = 0; c < item.cells.length; c++) {
          item.cells[c].textContent = item.integer ? String(a[c]).replace("-", MINUS) : shown(a[c]);
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
    }

    function show(k) {
      index = Math.max(0, Math.min(kept.length - 1, k));
      var top = weightsAt(index);
      values = iterate(X, y, top);
      values.top = top;
      var printed = data.printed[String(kept[index])];
      values.printed = printed === undefined ? null : printed;
      slider.value = String(index);
      slider.setAttribute("aria-valuetext", "iteration " + kept[index].toLocaleString("en") +
        " of " + last.toLocaleString("en"));
      number.value = String(kept[index]);
      items.forEach(fill);
      drawNet();
      errorOut.textContent = shown(meanAbs(both(y, values.output, minus)));
      marker.setAttribute("cx", points[index][0]);
      marker.setAttribute("cy", points[index][1]);
      if (step >= 0) markStep();
      // told politely, once the reader stops moving (never every frame of play)
      clearTimeout(announce);
      if (!timer) announce = setTimeout(say, 700);
    }

    function say() {
      status.textContent = step >= 0 && items[step]
        ? "Iteration " + kept[index].toLocaleString("en") + ", line " + items[step].line + ": " +
          items[step].li.querySelector("code").textContent
        : "Showing iteration " + kept[index].toLocaleString("en") + " of " + last.toLocaleString("en");
    }

    // ---- play and pause ----
    function stop() {
      clearInterval(timer);
      timer = null;
      play.textContent = "Play";
      play.setAttribute("aria-pressed", "false");
    }
    play.addEventListener("click", function () {
      if (timer) { stop(); say(); return; }
      leaveSteps();
      if (index >= kept.length - 1) show(0);
      play.textContent = "Pause";
      play.setAttribute("aria-pressed", "true");
      timer = setInterval(function () {
        if (!root.isConnected) return stop();
        show(index + 1);
        if (index >= kept.length - 1) { stop(); say(); }
      }, REDUCED_MOTION.matches ? 600 : 90);
    });

    slider.addEventListener("input", function () { stop(); show(+slider.value); });
    number.addEventListener("change", function () {
      stop();
      var want = Math.max(0, Math.min(last, Math.round(+number.value) || 0));
      var best = 0;
      kept.forEach(function (j, k) { if (Math.abs(j - want) < Math.abs(kept[best] - want)) best = k; });
      show(best);
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
          step = 0;
          if (index < kept.length - 1) { show(index + 1); clearTimeout(announce); }
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
})();
