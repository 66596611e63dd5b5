/* nn11: the page lifecycle, the one place that knows when a page is shown and when it is left.

   Material's instant navigation swaps pages without reloading the scripts, so whatever a
   feature sets up for one page (listeners, observers, timers, a worker) must be undone when
   the reader moves on, or it keeps running for a page nobody sees. Every feature registers
   here instead of subscribing to Material's `document$` itself:

     onPage((page) => {
       button.addEventListener("click", act, { signal: page.signal });  // removed on leave
       page.observe(new IntersectionObserver(seen)).observe(el);         // disconnected
       page.timeout(say, 700);                                           // cleared
       page.onLeave(() => worker.terminate());                           // anything else
       return () => {};                           // (optional) one more teardown, the same
     });

   `setup` runs for the page shown now (if one is) and for every page shown after it; when
   that page is left, everything registered through its `page` scope is undone, newest
   first. `whenIdle` is the one idle-time helper. */

// Browsers without requestIdleCallback (Safari before 2025) get the next quiet moment's
// stand-in: a timeout, late enough not to compete with the page's first paint.
const requestIdle = window.requestIdleCallback?.bind(window)
  ?? ((work) => setTimeout(() => work({ timeRemaining: () => 8, didTimeout: false }), 200));
const cancelIdle = window.cancelIdleCallback?.bind(window) ?? clearTimeout;

/** Run `work` once the browser is idle; returns a function that cancels it. */
export function whenIdle(work) {
  const id = requestIdle(work);
  return () => cancelIdle(id);
}

/** What one shown page owns; undone, all of it, when the page is left. */
export class PageScope {
  #teardowns = [];
  #events = new AbortController();

  /** For addEventListener(..., { signal }): every such listener goes when the page does. */
  get signal() {
    return this.#events.signal;
  }

  /** Whether the reader has left this page (work that finishes late checks it). */
  get left() {
    return this.#events.signal.aborted;
  }

  /** Call `teardown` when the page is left (at once if it already has been). */
  onLeave(teardown) {
    if (this.left) teardown();
    else this.#teardowns.push(teardown);
  }

  /** An observer (Intersection-, Resize-, MutationObserver) disconnected on leave. */
  observe(observer) {
    this.onLeave(() => observer.disconnect());
    return observer;
  }

  // Timeouts, frames and idle work not yet run, each with its cancel: kept apart from the
  // teardowns and dropped once run, since a view may set one on every move of a slider.
  #pending = new Set();

  #once(schedule, cancel, work) {
    if (this.left) return 0;
    const entry = () => cancel(id);
    const id = schedule((...args) => {
      this.#pending.delete(entry);
      work(...args);
    });
    this.#pending.add(entry);
    return id;
  }

  /** setTimeout, cancelled on leave (clearTimeout(id) still cancels it before). */
  timeout(work, ms) {
    return this.#once((run) => setTimeout(run, ms), clearTimeout, work);
  }

  /** requestAnimationFrame, cancelled on leave. */
  frame(work) {
    return this.#once(requestAnimationFrame, cancelAnimationFrame, work);
  }

  /** `work` once the browser is idle (whenIdle), cancelled on leave. */
  idle(work) {
    return this.#once(requestIdle, cancelIdle, work);
  }

  /** setInterval, stopped on leave (clearInterval(id) still stops it before). */
  interval(work, ms) {
    const id = setInterval(work, ms);
    this.onLeave(() => clearInterval(id));
    return id;
  }

  /** Undo everything, newest first; one teardown that throws does not keep the rest. */
  leave() {
    if (this.left) return;
    this.#events.abort();
    for (const cancel of this.#pending) cancel();
    this.#pending.clear();
    for (const teardown of this.#teardowns.reverse()) {
      try {
        teardown();
      } catch (error) {
        console.error(error);
      }
    }
    this.#teardowns = [];
  }
}

const setups = [];
let current = null; // the scope of the page shown now

// one feature that fails to set up must not keep the others from theirs
function start(setup, page) {
  try {
    const teardown = setup(page);
    if (typeof teardown === "function") page.onLeave(teardown);
  } catch (error) {
    console.error(error);
  }
}

function pageShown() {
  current?.leave();
  current = new PageScope();
  for (const setup of setups) start(setup, current);
}

/** Set up every page shown from now on with `setup(page)` (see above). */
export function onPage(setup) {
  setups.push(setup);
  if (current) start(setup, current);
}

// One subscription: Material's document$ emits once per page shown, the first included (it
// replays the current page to a late subscriber). Without Material's bundle (a page it does
// not build, or its script failed), the document itself is the one page.
if (window.document$) window.document$.subscribe(pageShown);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", pageShown);
else pageShown();
