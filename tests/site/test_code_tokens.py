"""Python blocks carry only the spans that change what the reader sees (mkdocs.yml's
pymdownx.highlight options and nn11site/render/reader_tokens.py): no span for a plain name,
a constant shown in the code's colour or whitespace, operators shown as the punctuation they
look like, and no two spans of one kind on one line with only spaces between them. The
colours stay as they were: tests/browser/test_code_colours.py."""
import re

import pytest
from bs4 import BeautifulSoup
from rendering import render

from nn11site.listings import LISTINGS

# Material colours these exactly as unstyled code (.n, .kc), as punctuation (.o), or not at all (.w)
UNSEEN = ("n", "kc", "w", "o")
BLOCKS = {
    "snippet": '```python\nx = None\nprint(x == 1, [i for i in range(3)])\n```\n',
    "listing": '```nn11 listing="part2"\n```\n',
    "excerpt": '```nn11 excerpt="part2" lines="14-17"\n```\n',
}


def code_of(markdown):
    block = BeautifulSoup(render(markdown), "html.parser").select_one(".language-python")
    return block.select_one("td.code code, pre > code")


@pytest.mark.parametrize("kind", BLOCKS)
def test_a_python_block_has_no_span_that_changes_nothing(kind):
    code = code_of(BLOCKS[kind])
    found = {cls for span in code.find_all("span", class_=True) for cls in span["class"]}
    assert found, "the block is highlighted"
    assert not found & set(UNSEEN), sorted(found & set(UNSEEN))


@pytest.mark.parametrize("kind", BLOCKS)
def test_spans_of_one_kind_with_only_spaces_between_are_one(kind):
    markup = str(code_of(BLOCKS[kind]))
    neighbours = re.findall(r'<span class="([\w ]+)">[^<]*</span>( +)<span class="\1">', markup)
    assert not neighbours, neighbours[:5]


def test_the_listing_reads_as_its_file():
    text = code_of(BLOCKS["listing"]).get_text()
    assert text.rstrip("\n") == "\n".join(LISTINGS["part2"].lines())
