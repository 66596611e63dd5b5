"""Nothing of a listing is hidden on a wide screen: at 1440 px every line of every listing and
excerpt fits inside its code block, and no line runs under the block's copy button.

A line that overflows is only reachable by scrolling the block sideways, which a reader
following the walkthrough does not think to do; a line under the copy button is partly
covered. The comments of nn11.py and part2.py are worded to fit.
"""
import pytest
from browsing import DESKTOP, load, scroll_through

PAGES = ["", "part1/", "part2/", "eleven-lines/"]

# For every listing or excerpt block: its lines' right edges against the code area's right
# edge, and against the copy button where the two share a height.
HIDDEN_LINES = """() => {
  const hidden = [];
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
      const end = Math.max(...boxes.map(r => r.right));
      const top = Math.min(...boxes.map(r => r.top));
      const bottom = Math.max(...boxes.map(r => r.bottom));
      if (end > right + 0.5) hidden.push(`${line.id}: ends ${Math.round(end - right)} px past its block`);
      else if (b && b.width > 0 && end > b.left && top < b.bottom && bottom > b.top)
        hidden.push(`${line.id}: runs under the copy button`);
    }
  }
  return hidden;
}"""


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.strip("/") or "home")
def test_every_listing_line_fits_its_column_at_1440px(watched, site_url, path):
    browser = watched(viewport=DESKTOP)
    page = browser.new_page()
    load(page, site_url + path)
    scroll_through(page)       # every block gets its copy button (content.lazy)
    checked = page.evaluate("document.querySelectorAll('.highlight[data-listing] code > span[id]').length")
    assert checked > 0, "no listing lines found: the selector no longer matches the page"
    assert page.evaluate(HIDDEN_LINES) == []
