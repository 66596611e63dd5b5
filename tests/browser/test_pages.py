"""Every page of the nav, in a real browser: it loads cleanly, loads nothing from elsewhere,
fits a phone, keeps its height as it is scrolled, shows every line of its listings whole on a
wide screen, and axe-core finds nothing wrong in either colour scheme.

Each page is loaded once per way of looking at it (a desktop, then a phone), and every check
runs on that load; the desktop page is also looked at as the reader's system switches it to
the dark scheme. Its screenshot is taken as
it loads, under screenshots/ (git-ignored): <page>-desktop.png (1440x900), <page>-mobile.png
(375x812), <page>-dark.png (1440x900).
"""

import pytest
from browsing import DESKTOP, NAV_PAGES, PHONE, axe_violations, in_dark_scheme, page_id
from worker_groups import one_worker_each

from nn11site.site import pages

# elements wider than the screen are fine only inside something that scrolls or clips them
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const contained = el => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const x = getComputedStyle(up).overflowX;
      if (x !== "visible") return true;
    }
    return false;
  };
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width && (box.right > width + 1 || box.left < -1) && !contained(el)
        && getComputedStyle(el).position !== "fixed" && !el.closest("[hidden], .md-sidebar, .md-search"))
      out.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "")
               + " " + Math.round(box.left) + ".." + Math.round(box.right));
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 10)};
}"""


def shown_page(tab, site_url, screenshots, path, name, **context_options):
    """A page loaded for every test of this module that looks at it the same way; once they
    have all run, nothing may have gone wrong on it since it loaded (late requests, lazily
    mounted parts, scrolling included)."""
    shown = tab(**context_options).show(site_url, path, screenshots / f"{page_id(path)}-{name}.png")
    yield shown
    assert shown.watched.errors == [], path
    assert shown.watched.foreign == [], f"{path} asked another host"


# pytest runs the tests of one page and view together, before it shows the next page; each
# page's tests go to one worker (worker_groups.py)
PAGES = one_worker_each(__name__, NAV_PAGES, page_id)


@pytest.fixture(scope="module", params=PAGES)
def desktop(request, tab, site_url, screenshots):
    yield from shown_page(tab, site_url, screenshots, request.param, "desktop",
                          viewport=DESKTOP, color_scheme="light")


@pytest.fixture
def dark(desktop, screenshots):
    """The desktop page as the reader's system switches to the dark scheme; light again after
    the test. The schemes are CSS alone (mkdocs.yml's palette; no script of the site reads the
    scheme), so the page needs no second load, nor a second scroll through it."""
    with in_dark_scheme(desktop.page):
        desktop.page.screenshot(path=screenshots / f"{page_id(desktop.path)}-dark.png")
        yield desktop


@pytest.fixture(scope="module", params=PAGES)
def phone(request, tab, site_url, screenshots):
    yield from shown_page(tab, site_url, screenshots, request.param, "mobile",
                          color_scheme="light", **PHONE)


def test_nav_covers_every_page_of_the_sitemap(built_site):
    # the pages below are read from mkdocs.yml; the sitemap is what the build wrote
    assert sorted(pages(built_site)) == sorted(NAV_PAGES)


def test_page_loads_cleanly_from_this_machine_alone(desktop):
    # (and again once every test of this page has run: see shown_page)
    assert desktop.watched.errors == [], desktop.path
    assert desktop.watched.foreign == [], f"{desktop.path} asked another host"


def test_phone_never_scrolls_sideways(phone):
    found = phone.page.evaluate(OVERFLOWING)
    assert found["scrollWidth"] <= found["width"], found
    assert found["out"] == [], found
    assert phone.watched.errors == []


def test_axe_finds_no_violation_in_the_light_scheme(desktop):
    assert desktop.page.evaluate("document.body.dataset.mdColorScheme") == "default"
    desktop.scroll_through()  # axe sees every copy button, not only the first screen's
    violations = axe_violations(desktop.page)
    assert violations == [], "\n".join(violations)
    assert desktop.watched.foreign == []


def test_axe_finds_no_violation_in_the_dark_scheme(dark):
    assert dark.page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    dark.scroll_through()  # axe sees every copy button, not only the first screen's
    violations = axe_violations(dark.page)
    assert violations == [], "\n".join(violations)
    assert dark.watched.foreign == []


# Every line of every listing and excerpt block against the right edge of its code area, and
# against the copy button where the two share a height. A line that ends past the edge is
# reached only by scrolling the block sideways, which a reader following the walkthrough does
# not think to do; a line under the button is partly covered. (The comments of nn11.py and
# part2.py are worded to fit.)
LISTING_LINES_HIDDEN = """() => {
  const hidden = [];
  let checked = 0;
  for (const block of document.querySelectorAll('.highlight[data-listing], .highlight[data-excerpt]')) {
    const pre = block.querySelector('td.code pre') || block.querySelector('pre');
    const right = pre.getBoundingClientRect().left + pre.clientWidth;
    const button = block.querySelector('.md-clipboard, .md-code__button');
    const b = button && button.getBoundingClientRect();
    for (const line of pre.querySelectorAll('code > span[id]')) {
      const range = document.createRange();
      range.selectNodeContents(line);
      const boxes = [...range.getClientRects()].filter(r => r.width > 0);
      if (!boxes.length) continue;
      checked++;
      const end = Math.max(...boxes.map(r => r.right));
      const top = Math.min(...boxes.map(r => r.top));
      const bottom = Math.max(...boxes.map(r => r.bottom));
      if (end > right + 0.5) hidden.push(`${line.id}: ends ${Math.round(end - right)} px past its block`);
      else if (b && b.width > 0 && end > b.left && top < b.bottom && bottom > b.top)
        hidden.push(`${line.id}: runs under the copy button`);
    }
  }
  return {checked, hidden};
}"""


def test_every_listing_line_fits_its_column_at_1440px(desktop, built_site):
    assert DESKTOP["width"] == 1440
    desktop.scroll_through()  # every block gets its copy button (content.lazy)
    found = desktop.page.evaluate(LISTING_LINES_HIDDEN)
    built = (built_site / desktop.path / "index.html").read_text(encoding="utf-8")
    if "data-listing=" in built or "data-excerpt=" in built:
        assert found["checked"] > 0, "the page has listing blocks, but no line of them was found"
    assert found["hidden"] == []


def assert_height_kept_while_scrolled(shown):
    # Off-screen code blocks are skipped and sized from their line count
    # (nn11site/render/code_blocks.py); a wrong size makes the page grow under the reader as they
    # scroll, and throws off anything that scrolls to measure (axe's contrast check). Measured
    # against the height at load: a block once drawn keeps its drawn size, so a page that
    # another test has already scrolled through would no longer move (and need not be
    # scrolled through again).
    shown.scroll_through()
    after = shown.page.evaluate("document.documentElement.scrollHeight")
    before = shown.height_at_load
    assert abs(after - before) <= 8, f"{shown.path}: {before} px at load, {after} px once scrolled through"


def test_page_does_not_move_while_scrolled_on_a_desktop(desktop):
    assert_height_kept_while_scrolled(desktop)


def test_page_does_not_move_while_scrolled_on_a_phone(phone):
    assert_height_kept_while_scrolled(phone)
