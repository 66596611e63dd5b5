"""Every page of the nav, in a real browser: it loads cleanly, loads nothing from elsewhere,
fits a phone, and axe-core finds nothing wrong in either colour scheme.

Each test saves the screenshot it is best placed to take, under screenshots/ (git-ignored):
<page>-desktop.png (1440x900), <page>-mobile.png (375x812), <page>-dark.png (1440x900).
"""
import re
from xml.etree import ElementTree

import pytest
from browsing import AXE, DESKTOP, MOBILE, NAV_PAGES, load, mount_everything, page_id

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


def test_nav_covers_every_page_of_the_sitemap(built_site):
    # the pages below are read from mkdocs.yml; the sitemap is what the build wrote
    sitemap = ElementTree.parse(built_site / "sitemap.xml").getroot()
    urls = [loc.text for loc in sitemap.iter() if loc.tag.endswith("loc")]
    built = sorted(re.sub(r"^https?://[^/]+/", "", url) for url in urls)
    assert built == sorted(NAV_PAGES)


@pytest.mark.parametrize("path", NAV_PAGES, ids=page_id)
def test_page_loads_cleanly_from_this_machine_alone(watched, site_url, screenshots, path):
    browser = watched()
    page = browser.new_page()
    load(page, site_url + path)
    page.wait_for_timeout(200)  # late requests (search index, fonts if any) would show now
    page.screenshot(path=screenshots / f"{page_id(path)}-desktop.png")
    assert browser.errors == [], path
    assert browser.foreign == [], f"{path} asked another host"


@pytest.mark.parametrize("path", NAV_PAGES, ids=page_id)
def test_phone_never_scrolls_sideways(watched, site_url, screenshots, path):
    browser = watched(viewport=MOBILE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = browser.new_page()
    load(page, site_url + path)
    page.screenshot(path=screenshots / f"{page_id(path)}-mobile.png")
    found = page.evaluate(OVERFLOWING)
    assert found["scrollWidth"] <= found["width"], found
    assert found["out"] == [], found
    assert browser.errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", NAV_PAGES, ids=page_id)
def test_axe_finds_no_violation(watched, site_url, screenshots, path, scheme):
    browser = watched(color_scheme=scheme)
    page = browser.new_page()
    load(page, site_url + path)
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected
    if scheme == "dark":
        page.screenshot(path=screenshots / f"{page_id(path)}-dark.png")
    mount_everything(page)  # axe sees every copy button, not only the first screen's
    # injected from node_modules by Playwright: the page itself requests nothing
    page.add_script_tag(path=AXE)
    violations = page.evaluate("""async () => {
      const result = await axe.run(document, {resultTypes: ["violations"]});
      return result.violations.map(v => v.id + " (" + v.impact + "): " + v.help + "\\n" +
        v.nodes.slice(0, 5).map(n => "    " + n.target.join(" ") + "  " +
          n.failureSummary.replace(/\\s+/g, " ")).join("\\n"));
    }""")
    assert violations == [], "\n".join(violations)
    assert browser.foreign == []


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", NAV_PAGES, ids=page_id)
def test_page_does_not_move_while_scrolled(watched, site_url, viewport, path):
    # Off-screen code blocks are skipped and sized from their line count
    # (hooks/code_block_sizes.py); a wrong size makes the page grow under the reader as they
    # scroll, and throws off anything that scrolls to measure (axe's contrast check).
    page = watched(viewport=viewport).new_page()
    load(page, site_url + path)
    before = page.evaluate("document.documentElement.scrollHeight")
    for _ in range(before // viewport["height"] + 1):
        page.evaluate(f"window.scrollBy(0, {viewport['height']})")
        page.wait_for_timeout(20)
    page.wait_for_timeout(200)
    after = page.evaluate("document.documentElement.scrollHeight")
    assert abs(after - before) <= 8, f"{path}: {before} px before scrolling, {after} px after"
