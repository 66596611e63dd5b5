"""Code blocks keep only the elements something reads: no positional line spans or
self-links on any page (pymdownx.highlight writes them only when asked; mkdocs.yml does not
ask, and the listings name their own), and the code reads the same."""
from bs4 import BeautifulSoup
from rendering import render

SNIPPET = '```python\nx = 1\nprint("a<b")\n```\n'


def test_a_snippet_is_its_code_with_no_line_spans_or_anchors():
    block = BeautifulSoup(render(SNIPPET), "html.parser").select_one("div.highlight")
    assert block.find("code").get_text() == 'x = 1\nprint("a<b")\n'
    assert not block.select("[id]") and not block.select("a")


def test_no_page_keeps_positional_line_ids(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        markup = page.read_text(encoding="utf-8")
        assert "__span-" not in markup and "__codelineno-" not in markup, page.relative_to(built_site)
