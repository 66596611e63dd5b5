"""Run and Edit runs exactly what the tests run, and compares it with what they compare.

nn11site.render marks the blocks as it renders the Markdown (the nn11 plugin the notebook's);
the browser reads a block's code and its expected output from the page (the text of their
<code> elements). These tests read the built pages the same way and hold them to what
pytest-codeblocks collects from the Markdown and to the files tests/programs runs.
"""
import json
import re

import pytest
from bs4 import BeautifulSoup
from markdown_blocks import PAGES, blocks
from pytest_codeblocks.main import extract_from_file
from rendering import render

from nn11site.listings import LISTINGS
from nn11site.paths import DOCS, ROOT
from nn11site.render import grammar

NOTEBOOK = DOCS / "notebook.ipynb"
# a whole listing on a page (AUTHORING.md)
WHOLE_LISTING = re.compile(r'^```nn11 listing="(\w+)"$', re.M)


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


SAMPLE = "```python\nprint(1)\n```\n\n<!--pytest-codeblocks:expected-output-->\n```text\n1\n```\n"


@pytest.mark.parametrize(("page_says", "mode"), [("", "alone"), ('```nn11 blocks="alone"\n```\n', "alone"),
                                                 ('```nn11 blocks="together"\n```\n', "together")])
def test_a_page_says_whether_its_blocks_build_on_each_other(page_says, mode):
    html = render(page_says + SAMPLE)
    block = BeautifulSoup(html, "html.parser").select_one("div.highlight[data-run]")
    assert block["data-run"] == mode
    assert BeautifulSoup(html, "html.parser").find(id=block["data-run-expected"]).get_text() == "1\n"


def test_an_unknown_run_mode_stops_the_build():
    with pytest.raises(grammar.GrammarError, match="blocks"):
        render('```nn11 blocks="yes"\n```\n' + SAMPLE)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_marked_blocks_and_outputs_keep_their_drawn_size(built_site, page):
    # nn11site.render sizes every block that is skipped off screen; one that lost its size
    # when it was marked would make the page move as the reader scrolls
    soup = built_page(built_site, page)
    for block in soup.select("div.highlight[data-run]"):
        assert "--nn11-lines" in block.get("style", ""), block.get("data-run-file")
        if block.get("data-run-expected"):
            assert "--nn11-lines" in soup.find(id=block["data-run-expected"]).get("style", "")
