"""How many words of prose each page asks a reader to read.

A page is rendered to HTML with the site's own Markdown extensions (from mkdocs.yml), after
MkDocs' own front-matter split, and its text is read back with html.parser. What counts is
what a reader reads as prose:

- counted: paragraphs, list items, headings, admonition and answer titles, link text, text
  tables (a glossary, a verdict table) and inline code, where each whitespace-separated piece
  of inline code is a word like any other;
- not counted: front matter, HTML comments (the expected-output markers), the figures,
  the explorers and the network drawings (rendered as comments here: nothing is run or
  drawn to count words), every code block with its title (programs, snippets, printed
  outputs, the listings and excerpts of ```nn11 blocks: anything in a <pre>), the Run and
  Edit buttons, the headings' "¶" links, and tables of numbers: a table none of whose body
  cells holds a letter (the data tables of 0s and 1s, their headers included);
- a word is a whitespace-separated token with at least one letter or digit in it, so "−1",
  "0.25" and `l1_delta` are words and a lone "−", "·" or "¶" is not.

tools/word_count.py prints the counts; tests/site/test_word_counts.py holds the pages to the
budgets below.
"""
import re
from html.parser import HTMLParser

import markdown
from mkdocs.utils.meta import get_data

from nn11site.mkdocs_config import mkdocs_config
from nn11site.paths import DOCS, ROOT


def pages():
    """The pages whose prose is counted: the site's pages and the notebook's source (its
    code cells are the listings' own lines, added by tools/build_notebook.py)."""
    return [*sorted(DOCS.glob("*.md")), ROOT / "notebook" / "nn11.md"]


# issue 18: no page above 2,700 words of prose, and 11,000 in all
PAGE_LIMIT = 2700
TOTAL_LIMIT = 11000

WORD = re.compile(r"\S*[^\W_]\S*")


def _extensions():
    """mkdocs.yml's markdown_extensions, as Python-Markdown takes them."""
    names, configs = [], {}
    for entry in mkdocs_config()["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        if name == "pymdownx.snippets":
            continue  # it only fills code blocks (listings, outputs), which are not counted
        names.append(name)
        if options:
            configs[name] = options
    # the figures, explorers and networks as comments: nothing run or drawn to count prose
    configs["nn11site.render"] = {"placeholders": True}
    return names, configs


class _Prose(HTMLParser):
    """Collects the text outside <pre> and <script>/<style>, table by table apart."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []          # the prose, in pieces: joined, then split into words
        self._skip = 0          # depth inside <pre>, <script>, <style>
        self._in_title = False  # inside a code block's title
        self._table = None      # while inside a table: {"body": [...], "all": [...]}
        self._cell = None       # "th" or "td" while inside a cell

    def handle_starttag(self, tag, attrs):
        if tag in ("pre", "script", "style", "button"):
            self._skip += 1
        elif dict(attrs).get("class") in ("filename", "headerlink"):
            # a code block's title ("printed by part1.py"), part of the block; a heading's "¶"
            self._in_title = True
        elif tag == "table":
            self._table = {"body": [], "all": []}
        elif tag in ("td", "th") and self._table is not None:
            self._cell = tag
        elif tag == "br":
            self.handle_data(" ")

    def handle_endtag(self, tag):
        if tag in ("pre", "script", "style", "button"):
            self._skip -= 1
        elif tag in ("span", "a"):
            self._in_title = False
        elif tag in ("td", "th"):
            self._cell = None
        elif tag == "table" and self._table is not None:
            table, self._table = self._table, None
            if re.search(r"[^\W\d_]", "".join(table["body"])):
                self.text += [" ", *table["all"], " "]
        # block ends separate words that the HTML runs together
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "summary", "div", "dd", "dt"):
            self.handle_data(" ")

    def handle_data(self, data):
        if self._skip or self._in_title:
            return
        if self._table is not None:
            self._table["all"].append(data)
            if self._cell == "td":
                self._table["body"].append(data)
            return
        self.text.append(data)


def prose_words(text):
    """The words of prose in a page's Markdown source (see the module's docstring)."""
    body, _ = get_data(text)
    names, configs = _extensions()
    html = markdown.markdown(body, extensions=names, extension_configs=configs)
    parser = _Prose()
    parser.feed(html)
    parser.close()
    return WORD.findall("".join(parser.text))


def count(text):
    return len(prose_words(text))
