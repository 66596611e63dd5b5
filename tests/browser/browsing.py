"""What the browser tests share: the pages, the Chromium to use, pages that watch themselves.

No browser is ever downloaded: nn11site.chromium says which Chromium is used. With none,
every browser test is skipped, saying so (or fails, where NN11_REQUIRE_BROWSER is set).
"""
import re
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from urllib.parse import urldefrag, urlparse

import yaml

from nn11site.paths import ROOT

# axe-core's own build, as the PyPI package axe-playwright-python ships it (requirements.txt
# pins it): no Node needed, and never a CDN. test_axe_core_version.py names the version.
AXE = files("axe_playwright_python") / "axe.min.js"
AXE_CORE_VERSION = "4.12.1"

DESKTOP = {"width": 1440, "height": 900}
MOBILE = {"width": 375, "height": 812}
# a phone's context: its screen, touch, and twice as many pixels as CSS pixels
PHONE = {"viewport": MOBILE, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and may use other tags; the nav needs none of them."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def nav_pages():
    """The path of every page in mkdocs.yml's nav, as the built site serves it ("" is home)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from walk(value)
            elif not re.match(r"^[a-z]+://", value):
                stem = re.sub(r"\.(md|ipynb)$", "", value)
                yield "" if stem == "index" else re.sub(r"/?index$", "", stem) + "/"
    return list(walk(config["nav"]))


NAV_PAGES = nav_pages()


def page_id(path):
    return path.strip("/") or "home"


def _elsewhere(url):
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname != "127.0.0.1"


# Run in every page before Material: keeps the address of the last history entry that
# Material added for a link followed (see `follow` in test_walkthrough.py), which the address
# bar cannot tell once navigation.tracking has rewritten it. The page is otherwise untouched.
RECORD_PUSHED_URL = """(() => {
  const pushState = history.pushState.bind(history);
  history.pushState = (...args) => {
    pushState(...args);
    window.nn11PushedUrl = location.href;
  };
})();"""


class Watched:
    """A browser context whose pages record console errors, uncaught exceptions and every
    request to a host other than 127.0.0.1 (refused, so nothing ever leaves the machine)."""

    def __init__(self, browser, **options):
        self.context = browser.new_context(**options)
        self.context.set_default_timeout(10_000)
        self.errors = []
        self.foreign = []
        self.context.route(_elsewhere, self._refuse)
        self.context.add_init_script(script=RECORD_PUSHED_URL)

    def _refuse(self, route):
        self.foreign.append(route.request.url)
        route.abort()

    def new_page(self):
        page = self.context.new_page()
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        return page

    def close(self):
        self.context.close()


def wait_for_material(page):
    """Material mounts its components from `document$`; ours subscribe after it."""
    page.wait_for_function("() => window.document$ !== undefined && document.body.dataset.mdColorScheme")
    page.wait_for_load_state("load")


def axe_violations(page, parts=None):
    """axe-core's violations on the page, or on the elements matching the CSS selector `parts`
    (where the rest of the page is another test's), one readable entry per rule. axe is
    injected by Playwright, once per document: the page itself requests nothing."""
    if not page.evaluate("window.axe !== undefined"):
        page.add_script_tag(path=AXE)
    return page.evaluate("""async parts => {
      const context = parts ? {include: [...document.querySelectorAll(parts)]} : document;
      const result = await axe.run(context, {resultTypes: ["violations"]});
      return result.violations.map(v => v.id + " (" + v.impact + "): " + v.help + "\\n" +
        v.nodes.slice(0, 5).map(n => "    " + n.target.join(" ") + "  " +
          n.failureSummary.replace(/\\s+/g, " ")).join("\\n"));
    }""", parts)


# The theme fades colours into a new scheme (CSS transitions), and a fade waits while its block
# is skipped off screen (content-visibility) until the reader scrolls to it, so that a block
# looked at right after the switch would still show the old scheme's colours. Checks judge the
# colours as the reader sees them once every fade is done: on a page without the fades.
NO_FADES = """() => {
  if (document.getElementById("nn11-no-fades")) return;
  const style = document.createElement("style");
  style.id = "nn11-no-fades";
  style.textContent = "*, *::before, *::after { transition: none !important; }";
  document.head.append(style);
}"""


def _follow_system_scheme(page, scheme):
    page.evaluate(NO_FADES)
    page.emulate_media(color_scheme=scheme)
    page.wait_for_function("want => document.body.dataset.mdColorScheme === want",
                           arg={"light": "default", "dark": "slate"}[scheme])


@contextmanager
def in_dark_scheme(page):
    """The reader's system switches to the dark scheme, and the site follows it (mkdocs.yml's
    palette follows the system until the reader picks a scheme); back to light afterwards,
    whatever happened, for the next test that looks at the same page."""
    _follow_system_scheme(page, "dark")
    try:
        yield page
    finally:
        _follow_system_scheme(page, "light")


def load(page, url):
    page.goto(url)
    wait_for_material(page)


@dataclass
class Shown:
    """One page loaded once in one context, which several tests then look at."""
    page: object
    watched: Watched
    path: str
    url: str
    height_at_load: int  # before anything scrolled it
    scrolled_through: bool = False

    def scroll_through(self):
        """scroll_through(page), once per load: a second pass would find nothing new"""
        if not self.scrolled_through:
            scroll_through(self.page)
            self.scrolled_through = True


def show(browser, url, path, screenshot=None, **context_options):
    """`path` in a context of its own (for a test that changes what the context keeps)."""
    watched = Watched(browser, **context_options)
    return _shown(watched, watched.new_page(), url, path, screenshot)


def _shown(watched, page, url, path, screenshot):
    load(page, url + path)
    if screenshot:
        page.screenshot(path=screenshot)
    return Shown(page, watched, path, page.url, page.evaluate("document.documentElement.scrollHeight"))


class Tab:
    """One watched context and page for one way of looking at pages (viewport, scheme, ...),
    kept for a worker's session (conftest.py's `tab`). Each page shown in it is a new
    document, loaded in the renderer that is already running: a new context per page costs
    about twice the CPU (1.2 against 0.5 s a load on this 2-core machine), most of it
    starting a renderer. Nothing of the page before is kept: its storage is cleared, and the
    errors and requests recorded are those of the page shown."""

    def __init__(self, browser, **context_options):
        self.watched = Watched(browser, **context_options)
        self.page = self.watched.new_page()

    def show(self, url, path, screenshot=None):
        if self.page.url.startswith(url):
            self.page.evaluate("localStorage.clear(); sessionStorage.clear()")
        self.watched.context.clear_cookies()
        # by way of a blank page: a second load of the same address would be a reload, which
        # puts the page back where it was scrolled to
        self.page.goto("about:blank")
        self.watched.errors.clear()
        self.watched.foreign.clear()
        return _shown(self.watched, self.page, url, path, screenshot)


def wait_for_page(page, url):
    """Wait until the page shown is `url` (an address without a fragment), whatever fragment
    its address has: Material's navigation.tracking writes the section being read into the
    address (#line-36) soon after a scroll, so a wait for the whole address can miss it."""
    page.wait_for_url(lambda address: urldefrag(address).url == url)


def follow_tab(page, name, url):
    """Follow the header's tab `name` to `url` as a reader would: from the top of the page,
    where the tabs show (Material hides them, and lets no click through, once the page is
    scrolled down), after Material has recorded that scroll (wait_for_scroll_recorded)."""
    page.evaluate("scrollTo(0, 0)")
    wait_for_scroll_recorded(page)
    page.locator(".md-tabs:not([hidden])").wait_for()
    page.locator(".md-tabs__link", has_text=name).click()
    wait_for_page(page, url)


def next_frames(page, count=2):
    """Resolve once the page has drawn `count` more frames: whatever the last change set off
    for the next frame (observers' callbacks, skipped blocks drawn) has then happened."""
    page.evaluate("""count => new Promise(done => {
      const step = left => left ? requestAnimationFrame(() => step(left - 1)) : done();
      step(count);
    })""", count)


def wait_for_scroll_recorded(page):
    """Wait until Material has acted on where the page is scrolled to, as a reader's pause
    would let it. Material acts on a scroll once the page has stopped moving: 100 ms later
    it writes the offset into history.state, 250 ms later (navigation.tracking) the heading
    being read into the address, emptying the state. A link followed while either is due
    gets that late write in its own history entry: an empty state sends the reader to the
    top of the page. Tests scroll and click faster than any reader can, so they wait until
    Material's own debounce has run out for the offset the page is at (Material publishes
    the offsets it acts on as window.viewport$)."""
    page.wait_for_function("""() => {
      if (!window.nn11Settled) {
        window.nn11Settled = {x: NaN, y: NaN};
        let due;
        viewport$.subscribe(({offset}) => {
          clearTimeout(due);
          due = setTimeout(() => { window.nn11Settled = {x: offset.x, y: offset.y}; }, 300);
        });
      }
      return nn11Settled.x === Math.max(0, scrollX) && nn11Settled.y === Math.max(0, scrollY);
    }""")


def scroll_through(page):
    """Scroll through the whole page a screen at a time, as a reader would, a frame or two
    per screen, so that every block skipped off screen is drawn and Material mounts every
    lazily mounted code block (content.lazy); then go back to the top."""
    page.evaluate("""async () => {
      const frames = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await frames();
      }
      scrollTo(0, 0);
      await frames();
      // the tabs fade back in as the page returns to the top: judge them once they have
      await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
    }""")

