"""A listing or an excerpt is written once, as a ```nn11 block (AUTHORING.md), and becomes a
block numbered from the line it names, holding the program's own lines (nn11site.render)."""
import re
import textwrap

import pytest
from bs4 import BeautifulSoup
from markdown_blocks import PAGES, all_blocks
from rendering import render

from nn11site.listings import LISTINGS
from nn11site.paths import ROOT
from nn11site.render import grammar


def shown(text):
    """(line numbers, code) of the one block `text` renders to."""
    block = BeautifulSoup(render(text), "html.parser").select_one("div.highlight")
    numbers = [int(n.get_text()) for n in block.select("td.linenos span.normal")]
    return numbers, block.select_one("td.code code").get_text(), block


def test_an_excerpt_is_numbered_from_the_line_it_names():
    numbers, code, block = shown('```nn11 excerpt="part1" lines="36"\n```')
    assert numbers == [36]
    assert code == LISTINGS["part1"].lines()[35].strip() + "\n"
    assert block["data-excerpt"] == "part1"


def test_a_range_includes_exactly_its_lines():
    numbers, code, _ = shown('```nn11 excerpt="part2" lines="14-17"\n```')
    assert numbers == [14, 15, 16, 17]
    # dedented, as pymdownx.snippets included a part of a file
    assert code == textwrap.dedent("\n".join(LISTINGS["part2"].lines()[13:17])) + "\n"


def test_a_whole_listing_is_numbered_from_one_and_titled_with_its_file():
    numbers, code, block = shown('```nn11 listing="nn11"\n```')
    assert numbers == list(range(1, len(LISTINGS["nn11"].lines()) + 1))
    assert code == LISTINGS["nn11"].path.read_text(encoding="utf-8")
    assert block.select_one(".filename").get_text() == "nn11.py"


@pytest.mark.parametrize(("fence", "complaint"), [
    ('excerpt="part3" lines="1"', "no listing called 'part3'"),
    ('excerpt="part1" lines="42-43"', "part1 has no lines 42-43"),
    ('excerpt="part1" lines="5-4"', "part1 has no lines 5-4"),
    ('excerpt="part1"', "needs its lines"),
    ('listing="part1" lines="3"', "takes no lines"),
    ('listing="part1" color="red"', "unknown option 'color'"),
    ('listing="part1" excerpt="part1"', "asks for listing and excerpt"),
    ('blocks="sometimes"', '"alone" (the default) or "together"'),
    ('figure="sigmoidal"', "no figure called 'sigmoidal'"),
    ('explorer="part3"', "no explorer called 'part3'"),
    ('network="part3"', "no network called 'part3'"),
])
def test_a_block_that_names_no_real_lines_stops_the_build(fence, complaint):
    with pytest.raises(grammar.GrammarError, match=re.escape(complaint)):
        render(f"# A page\n\nSome prose.\n\n```nn11 {fence}\n```\n")


@pytest.mark.parametrize("fence", ['excerpt="part1" lines="99"', 'figure="sigmoidal"'])
def test_a_fault_names_the_line_of_its_block(fence):
    with pytest.raises(grammar.GrammarError, match="line 5:"):
        render(f'# A page\n\nSome prose.\n\n```nn11 {fence}\n```\n')


def test_every_nn11_block_on_the_pages_reads_as_the_grammar():
    # a near-miss (a typo in the language) would otherwise be an unhighlighted code block
    for block in all_blocks(PAGES):
        if "nn11" in block.info.split("=")[0] or block.info.strip().startswith("nn"):
            options = grammar.read_options(grammar.OPENING.match("```" + block.info)["options"])
            assert grammar.parse(options), block.where()


def test_each_listing_is_shown_whole_on_its_own_page():
    for listing in LISTINGS.values():
        text = (ROOT / "docs" / listing.page).read_text(encoding="utf-8")
        assert f'```nn11 listing="{listing.name}"' in text, listing.page
