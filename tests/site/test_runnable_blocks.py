"""Run and Edit runs exactly what the tests run, and compares it with what they compare.

hooks/runnable_blocks.py marks the blocks in the built HTML; the browser reads a block's code
and its expected output from the page (the text of their <code> elements). These tests read
the built pages the same way and hold them to what pytest-codeblocks collects from the
Markdown and to the files tests/programs runs.
"""
import json
import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from pytest_codeblocks.main import extract_from_file

from hooks import runnable_blocks
from markdown_blocks import PAGES, blocks
from nn11site.listings import LISTINGS
from nn11site.paths import DOCS, ROOT

NOTEBOOK = DOCS / "notebook.ipynb"
# a whole listing on a page (hooks/listing_markers.py expands it into a block)
WHOLE_LISTING = re.compile(r"^<!-- listing (\w+) -->$", re.M)


def built_page(built_site, markdown):
    stem = markdown.relative_to(ROOT / "docs").with_suffix("")
    path = built_site / "index.html" if stem.name == "index" else built_site / stem / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def runnable(soup):
    """[(mode, file, code, expected output or None)] in page order, as the browser reads them."""
    found = []
    for block in soup.select("div.highlight[data-run]"):
        expected = block.get("data-run-expected")
        shown = soup.find(id=expected).find("code").get_text() if expected else None
        found.append((block["data-run"], block["data-run-file"], block.find("code").get_text(), shown))
    return found


def what_the_tests_run(page):
    """The same list, from the Markdown: pytest-codeblocks' blocks and the whole listings
    (which tests/programs runs), in page order."""
    collected = {b.lineno: b for b in extract_from_file(page) if b.syntax == "python"}
    text = page.read_text(encoding="utf-8")
    found = []
    for block in blocks(page):
        if block.collected_by_codeblocks:
            run = collected[block.line]
            found.append((block.line, ("alone", "snippet.py", run.code, run.expected_output)))
    for m in WHOLE_LISTING.finditer(text):
        listing = LISTINGS[m.group(1)]
        found.append((text.count("\n", 0, m.start()) + 1,
                      ("alone", listing.path.name, listing.path.read_text(encoding="utf-8"),
                       listing.expected_output())))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def without_blank_lines(found):
    # pytest-codeblocks drops the blank lines of a fence indented in an admonition (an
    # exercise's answer); Python reads the code the same with or without them
    return [(mode, file, re.sub(r"\n\s*(?=\n)", "", code), shown) for mode, file, code, shown in found]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_block_the_tests_run_is_runnable_with_its_expected_output(built_site, page):
    assert without_blank_lines(runnable(built_page(built_site, page))) == without_blank_lines(what_the_tests_run(page))


def test_every_page_with_python_has_runnable_blocks(built_site):
    # guards the test above against two empty lists agreeing
    total = sum(len(runnable(built_page(built_site, page))) for page in PAGES)
    assert total >= 50


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_each_runnable_block_is_followed_by_its_run_and_edit_bar(built_site, page):
    soup = built_page(built_site, page)
    for block in soup.select("div.highlight[data-run]"):
        bar = block.find_next_sibling()
        assert "nn11-run" in bar["class"]
        assert [b["data-run-action"] for b in bar.find_all("button")] == ["run", "edit"]
        assert all(b["type"] == "button" for b in bar.find_all("button"))
    assert not soup.select("[data-excerpt][data-run]"), "an excerpt is a fragment: it never runs alone"


def test_notebook_cells_run_together_and_print_the_listings_outputs(built_site):
    soup = BeautifulSoup((built_site / "notebook" / "index.html").read_text(encoding="utf-8"), "html.parser")
    found = runnable(soup)
    cells = [c for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    assert [code for _, _, code, _ in found] == ["".join(c["source"]).rstrip("\n") + "\n" for c in cells]
    assert {mode for mode, _, _, _ in found} == {"together"}
    # run in order in one namespace, the cells print the three programs' outputs, in order
    printed = "".join(shown for _, _, _, shown in found if shown)
    assert printed == "".join(LISTINGS[name].expected_output() for name in ["part1", "part2", "nn11"])


SAMPLE = ('<p>x</p><div class="language-python highlight"><pre><span></span><code>print(1)\n'
          '</code></pre></div>\n<!--pytest-codeblocks:expected-output-->\n'
          '<div class="language-text no-copy output highlight"><pre><span></span><code>1\n'
          '</code></pre></div>')


def page(meta, src_uri="page.md"):
    return SimpleNamespace(meta=meta, file=SimpleNamespace(src_uri=src_uri))


@pytest.mark.parametrize("meta, mode", [({}, "alone"), ({"runnable_blocks": "alone"}, "alone"),
                                        ({"runnable_blocks": "together"}, "together")])
def test_front_matter_says_whether_a_pages_blocks_build_on_each_other(meta, mode):
    html = runnable_blocks.on_page_content(SAMPLE, page(meta), None, None)
    block = BeautifulSoup(html, "html.parser").select_one("div.highlight[data-run]")
    assert block["data-run"] == mode
    assert BeautifulSoup(html, "html.parser").find(id=block["data-run-expected"]).get_text() == "1\n"


def test_an_unknown_front_matter_value_stops_the_build():
    with pytest.raises(ValueError, match="runnable_blocks"):
        runnable_blocks.on_page_content(SAMPLE, page({"runnable_blocks": "yes"}), None, None)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_marked_blocks_and_outputs_keep_their_drawn_size(built_site, page):
    # hooks/code_block_sizes.py sizes every block that is skipped off screen; one that lost
    # its size when this hook marked it would make the page move as the reader scrolls
    soup = built_page(built_site, page)
    for block in soup.select("div.highlight[data-run]"):
        assert "--nn11-lines" in block.get("style", ""), block.get("data-run-file")
        if block.get("data-run-expected"):
            assert "--nn11-lines" in soup.find(id=block["data-run-expected"]).get("style", "")
