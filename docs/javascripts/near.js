/* nn11: "start this part once the reader comes near it", for the parts a page can do without
   until then (the walkthrough's aids, the explorer). Near is within a screen's height of the
   viewport, or the part taking the keyboard's focus; `idle` also starts it once the browser
   has nothing else to do. Everything is undone when the page is left (page.js). */

/**
 * Call `start()` once: when `element` comes within a screen of the viewport, takes focus
 * inside, or (with `idle: true`) when the browser is idle, whichever comes first.
 * @param {import("./page.js").PageScope} page the page `element` belongs to
 */
export function whenNear(page, element, start, { idle = false } = {}) {
  let started = false;
  const go = () => {
    if (started || page.left) return;
    started = true;
    observer.disconnect();
    start();
  };
  const observer = page.observe(new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) go();
  }, { rootMargin: "100% 0px" }));
  observer.observe(element);
  element.addEventListener("focusin", go, { signal: page.signal, once: true });
  if (idle) page.idle(go);
}
