"""Every page keeps its byte budget: what a reader's browser must fetch before it can draw the
page (the HTML and the style sheets and scripts it names), gzipped as GitHub Pages serves it.

The interactive parts load later, when the reader reaches or asks for them, and have budgets
of their own (the explorer: tests/explorer; Run and Edit: tests/site/test_run_and_edit_files.py).
Inline figures and the explorer's build-time markup are part of the HTML, so they count here.
Budgets were set at about 5 % above each page's weight when every open issue of the reading
experience had landed (November 2026): a page that grows past one is a change to look at.
"""
import gzip
import re

import pytest
from js_modules import module_graph

# KiB, gzipped (level 6, as web servers compress by default)
BUDGET_KIB = {
    "": 90,
    "part1/": 111,
    "part2/": 112,
    "eleven-lines/": 88,
    "questions/": 90,
    "next-steps/": 88,
    "notebook/": 85,
    "claims/": 94,
}

NAMED = re.compile(r'<(?:script[^>]*\bsrc|link[^>]*\brel="stylesheet"[^>]*\bhref)="([^"]+)"')


def gzipped(data):
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def first_paint_bytes(site, page):
    html = (site / page / "index.html").read_bytes()
    total = gzipped(html)
    files = []
    for url in NAMED.findall(html.decode("utf-8")):
        assert not url.startswith(("http:", "https:", "//")), f"/{page} names {url}"
        path = (site / page / url.split("?")[0]).resolve()
        # an ES module brings what it imports (docs/javascripts: page.js, near.js, ...)
        graph = (module_graph(path.name, path.parent) if path.parent == (site / "javascripts").resolve()
                 else [path.name])
        files += [path.parent / name for name in graph if path.parent / name not in files]
    return total + sum(gzipped(path.read_bytes()) for path in files)


def test_every_page_has_a_budget(built_site):
    pages = {str(path.parent.relative_to(built_site)) for path in built_site.glob("**/index.html")}
    pages = {"" if page == "." else page + "/" for page in pages}
    assert pages - {"404/"} == set(BUDGET_KIB)


@pytest.mark.parametrize("page", sorted(BUDGET_KIB), ids=lambda page: page.strip("/") or "home")
def test_page_fits_its_budget_before_first_paint(built_site, page):
    weight = first_paint_bytes(built_site, page)
    assert weight <= BUDGET_KIB[page] * 1024, f"/{page}: {weight / 1024:.1f} KiB gzipped"
