/* page.js, the page lifecycle, with a stand-in for Material's document$ (set before page.js
   is first imported on this test page): a new page shown leaves the one before, and leaving
   undoes everything that page registered. */
import { same, test } from "./runner.js";

const shown = [];
window.document$ = { subscribe: (next) => shown.push(next) };
const { onPage, PageScope, whenIdle } = await import("/javascripts/page.js");
const showPage = () => shown.forEach((next) => next());
const later = (ms) => new Promise((done) => setTimeout(done, ms));

test("a set-up runs for the page shown now and for every page shown after it", () => {
  showPage();
  const pages = [];
  onPage((page) => { pages.push(page); });
  same(pages.length, 1, "at once, for the page already shown");
  showPage();
  same([pages.length, pages[0].left, pages[1].left], [2, true, false]);
});

test("leaving a page removes its listeners, disconnects its observers, clears its timers", async () => {
  const target = new EventTarget();
  const heard = [];
  let page;
  onPage((p) => {
    page = p;
    target.addEventListener("ping", () => heard.push("listener"), { signal: p.signal });
    p.timeout(() => heard.push("timeout"), 20);
    p.interval(() => heard.push("interval"), 10);
    p.frame(() => heard.push("frame"));
    p.idle(() => heard.push("idle"));
    const observer = p.observe(new MutationObserver(() => heard.push("observer")));
    observer.observe(document.body, { attributes: true });
    return () => heard.push("returned teardown");
  });
  const shownPage = page;
  target.dispatchEvent(new Event("ping"));
  same(heard, ["listener"]);
  showPage(); // the reader moves on
  same([shownPage.left, heard], [true, ["listener", "returned teardown"]]);
  heard.length = 0;
  page.leave(); // (the page shown next, left too: nothing of it may run either)
  target.dispatchEvent(new Event("ping"));
  document.body.setAttribute("data-unit-test", "changed");
  await later(60);
  document.body.removeAttribute("data-unit-test");
  same(heard, ["returned teardown"]);
});

test("teardowns run newest first, all of them even when one throws, and once", () => {
  const page = new PageScope();
  const order = [];
  const logged = [];
  const consoleError = console.error;
  console.error = (error) => logged.push(String(error));
  try {
    page.onLeave(() => order.push("first"));
    page.onLeave(() => { throw new Error("broken teardown"); });
    page.onLeave(() => order.push("last"));
    page.leave();
    page.leave();
  } finally {
    console.error = consoleError;
  }
  same(order, ["last", "first"]);
  same(logged, ["Error: broken teardown"]);
});

test("something registered after the page was left is undone at once (work that finished late)", () => {
  const page = new PageScope();
  page.leave();
  let stopped = false;
  page.onLeave(() => { stopped = true; });
  same(stopped, true);
});

test("one set-up that throws does not keep the others from setting up", () => {
  const logged = [];
  const consoleError = console.error;
  console.error = (error) => logged.push(String(error));
  let later = false;
  try {
    onPage(() => { throw new Error("broken set-up"); });
    onPage(() => { later = true; });
  } finally {
    console.error = consoleError;
  }
  same([later, logged], [true, ["Error: broken set-up"]]);
});

test("whenIdle runs work once the browser is idle, unless cancelled", async () => {
  const ran = [];
  whenIdle(() => ran.push("kept"));
  whenIdle(() => ran.push("cancelled"))();
  await new Promise((done) => whenIdle(done));
  await later(0);
  same(ran, ["kept"]);
});
