"""What the browser tests share: the pages, the Chromium to use, pages that watch themselves.

No browser is ever downloaded: nn11site.chromium says which Chromium is used. With none,
every browser test is skipped, saying so (or fails, where NN11_REQUIRE_BROWSER is set).
"""
import re
from urllib.parse import urlparse

import yaml

from nn11site.paths import NODE_MODULES, ROOT

AXE = NODE_MODULES / "axe-core" / "axe.min.js"  # `npm ci`, never a CDN

DESKTOP = {"width": 1440, "height": 900}
MOBILE = {"width": 375, "height": 812}


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


class Watched:
    """A browser context whose pages record console errors, uncaught exceptions and every
    request to a host other than 127.0.0.1 (refused, so nothing ever leaves the machine)."""

    def __init__(self, browser, **options):
        self.context = browser.new_context(**options)
        self.context.set_default_timeout(10_000)
        self.errors = []
        self.foreign = []
        self.context.route(_elsewhere, self._refuse)

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


def load(page, url):
    page.goto(url)
    wait_for_material(page)


def mount_everything(page):
    """Scroll through the whole page a screen at a time, as a reader would, so that Material
    mounts every lazily mounted code block (content.lazy), then go back to the top."""
    page.evaluate("""async () => {
      const frame = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await frame();
      }
      await new Promise(done => setTimeout(done, 50));
      scrollTo(0, 0);
      await frame();
      // the tabs fade back in as the page returns to the top: judge them once they have
      await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
    }""")
