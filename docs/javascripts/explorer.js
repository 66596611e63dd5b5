/* nn11: the training explorer's view. on-reach.js imports it once the reader comes near an
   explorer; the page already holds the explorer's markup, with iteration 0's values, and a
   table for readers without JavaScript. This file only renders: the numbers come from
   training-run.js and where the reader is (iteration, line, playing) from iteration-state.js,
   neither of which touches the DOM. Every listener and timer belongs to the page (page.js). */
import { counted, shown, shownInteger, shownNode } from "./number-format.js";
import { IterationState } from "./iteration-state.js";
import { trainingRun } from "./training-run.js";

const NOT_RUN = "(not run at this iteration)"; // nn11site/explorer/html.py's NOT_RUN
const REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");
const numbers = (text) => text.split(" ").map(Number);

/** The explorer in `root`, from its data, for as long as `page` is shown. */
export function mount(root, data, page) {
  if (root.dataset.mounted) return;
  root.dataset.mounted = "true";
  const run = trainingRun(data);
  const names = Object.keys(data.shapes);
  const q = (selector) => root.querySelector(selector);
  const slider = q("input[type=range]");
  const number = q("input[type=number]");
  const play = q("[data-do=play]");
  const stepButton = q("[data-do=step]");
  const whole = q("[data-do=whole]");
  const example = q("select");
  const status = q(".nn11-explorer__status");
  const caption = q(".nn11-explorer__caption");
  const errorOut = q("[data-error]");
  const svg = q(".nn11-explorer__net svg");
  const widthRule = numbers(svg.getAttribute("data-width"));
  const scale = Number(svg.getAttribute("data-scale"));
  const edges = [...svg.querySelectorAll("[data-w]")].map((el) => {
    const [name, i, j] = el.getAttribute("data-w").split(" ");
    return { el, name, i: +i, j: +j };
  });
  const nodes = [...svg.querySelectorAll("[data-node]")].map((el) => {
    const [name, k] = el.getAttribute("data-node").split(" ");
    return { el, name, k: +k };
  });
  // the curve's axes, as nn11site/explorer/curve.py draws them: x = left + width * log10(1 + j) / span,
  // y = top + height * (high - log10(error)) / (high - low)
  const curve = q(".nn11-curve svg");
  const xAxis = numbers(curve.getAttribute("data-x"));
  const yAxis = numbers(curve.getAttribute("data-y"));
  const marker = q(".nn11-curve__marker");
  const items = [...root.querySelectorAll(".nn11-explorer__item")].map((li) => ({
    li, line: +li.dataset.line, kind: li.dataset.kind, name: li.dataset.name,
    cells: li.querySelectorAll(".nn11-explorer__value td"), integer: li.hasAttribute("data-int"),
    scalar: li.querySelector(".nn11-explorer__scalar"),
    start: li.querySelectorAll(".nn11-explorer__start td"),
  }));
  const state = new IterationState({
    kept: run.kept, total: data.total, lines: items.map((item) => item.kind), printed: data.printed,
  });

  // the listing this explorer belongs to, on the same page, if it is there
  const listing = document.querySelector(`[data-listing="${root.dataset.program}"]`);
  const listingLine = (n) => listing?.querySelector(`#${root.dataset.program}-${n}`);

  let values = null; // everything the shown iteration computes (training-run.js's `at`)
  let timer = null; // play's interval
  let announce = null;

  function fill(item) {
    if (item.kind === "for") {
      item.scalar.textContent = String(values.j);
      // the weights this iteration starts from: what its lines use, before its update
      const start = names.flatMap((name) => values.top[name].a);
      start.forEach((v, c) => { item.start[c].textContent = shown(v); });
    } else if (item.kind === "if") {
      item.scalar.textContent = values.printed === null ? "False" : "True";
    } else if (item.kind === "print") {
      item.scalar.textContent = values.printed ?? NOT_RUN;
    } else {
      const a = values[item.name].a;
      item.cells.forEach((cell, i) => {
        cell.textContent = item.integer ? shownInteger(a[i]) : shown(a[i]);
      });
    }
  }

  function drawNet() {
    const row = +example.value;
    for (const e of edges) {
      const w = values.top[e.name];
      const v = w.a[e.i * w.c + e.j];
      e.el.setAttribute("stroke-width", (widthRule[0] + widthRule[1] * Math.abs(v) / scale).toFixed(2));
      e.el.classList.toggle("is-pos", v >= 0);
      e.el.classList.toggle("is-neg", v < 0);
    }
    for (const n of nodes) {
      const layer = n.name === "l0" ? run.X : values[n.name];
      const v = layer.a[row * layer.c + n.k];
      n.el.textContent = n.name === "l0" ? String(v) : shownNode(v);
    }
    // on paper, in place of the controls: which iteration and which example are shown
    caption.textContent = `Iteration ${counted(values.j)} of ${counted(state.last)}; node values `
      + `for ${example.selectedOptions[0].textContent}.`;
  }

  // what the state says, drawn: the iteration's numbers (recomputed only when it changed),
  // the slider, step mode's marks
  function render({ quiet = false } = {}) {
    const j = state.j;
    if (!values || values.j !== j) {
      values = run.at(j);
      items.forEach(fill);
      drawNet();
      errorOut.textContent = shown(values.error);
      marker.setAttribute("cx", (xAxis[0] + xAxis[1] * Math.log10(1 + j) / xAxis[2]).toFixed(1));
      marker.setAttribute("cy", (yAxis[0] + yAxis[1] * (yAxis[2] - Math.log10(values.error))
        / (yAxis[2] - yAxis[3])).toFixed(1));
    }
    slider.value = String(state.sliderIndex);
    slider.setAttribute("aria-valuetext", `iteration ${counted(j)} of ${counted(state.last)}`);
    number.value = String(j);
    markStep();
    // told politely, once the reader stops moving (never every frame of play)
    clearTimeout(announce);
    if (!quiet && !state.playing) announce = page.timeout(say, 700);
  }

  function say() {
    clearTimeout(announce);
    const item = items[state.line];
    status.textContent = item
      ? `Iteration ${counted(values.j)}, line ${item.line}: ${item.li.querySelector("code").textContent}`
      : `Showing iteration ${counted(values.j)} of ${counted(state.last)}`;
  }

  // ---- play and pause: through the kept iterations ----
  function showPlaying() {
    if (!state.playing && timer) {
      clearInterval(timer);
      timer = null;
    }
    play.textContent = state.playing ? "Pause" : "Play";
    play.setAttribute("aria-pressed", String(state.playing));
  }
  const listen = (el, type, handler) => el.addEventListener(type, handler, { signal: page.signal });
  listen(play, "click", () => {
    state.togglePlay();
    showPlaying();
    if (!state.playing) return say();
    render({ quiet: true });
    timer = page.interval(() => {
      state.tick();
      render({ quiet: true });
      if (!state.playing) {
        showPlaying();
        say();
      }
    }, REDUCED_MOTION.matches ? 600 : 90);
  });
  listen(slider, "input", () => {
    state.slid(+slider.value);
    showPlaying();
    render();
  });
  listen(number, "change", () => {
    state.typed(number.value);
    showPlaying();
    render();
  });
  listen(example, "change", drawNet);

  // ---- step mode: one iteration, line by line ----
  let stepsShown = false; // whether step mode's marks are on the page
  function markStep() {
    if (!state.stepping && !stepsShown) return;
    stepsShown = state.stepping;
    items.forEach((item, k) => {
      item.li.classList.toggle("is-step", k === state.line);
      item.li.classList.toggle("is-pending", stepsShown && k > state.line);
      item.li.classList.toggle("is-skipped", stepsShown && k <= state.line && !state.runs(k));
    });
    stepButton.textContent = stepsShown ? "Next line" : "Step line by line";
    mark(stepsShown ? items[state.line].line : null);
  }
  listen(stepButton, "click", () => {
    state.nextLine();
    showPlaying();
    render({ quiet: true });
    say();
  });
  listen(whole, "click", () => {
    state.whole();
    markStep();
    say();
  });

  // ---- the listing's lines and the values, linked both ways ----
  let marked = null;
  function mark(n) {
    marked?.classList.remove("nn11-marked");
    marked = n === null ? null : listingLine(n);
    if (!marked) return;
    marked.classList.add("nn11-marked");
    // keep the line in sight inside the listing's own scroll box (side by side), never
    // scroll the page away from the explorer
    const box = marked.closest(".walkthrough__code");
    if (box && box.scrollHeight > box.clientHeight) {
      const r = marked.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 2;
    }
  }
  for (const item of items) {
    listen(item.li, "click", () => mark(item.line));
    const line = listingLine(item.line);
    if (!line) continue;
    const on = () => item.li.classList.add("is-linked");
    const off = () => item.li.classList.remove("is-linked");
    listen(line, "mouseenter", on);
    listen(line, "mouseleave", off);
    const numberLink = [...listing.querySelectorAll(".linenos a")]
      .find((a) => parseInt(a.textContent, 10) === item.line);
    if (numberLink) {
      listen(numberLink, "focus", on);
      listen(numberLink, "blur", off);
    }
  }

  for (const el of [slider, number, play, stepButton, whole, example]) el.disabled = false;
  for (const item of items) item.li.querySelector("button").disabled = false;
  root.dataset.ready = "true";
  render({ quiet: true });
}
