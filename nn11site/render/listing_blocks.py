"""A listing or an excerpt as a numbered code block, with stable line anchors and links.

Both are highlighted by Pygments with the formatter pymdownx.highlight uses and the Python
lexer it is configured with (mkdocs.yml), so they look as every other block does, and then
edited as a parsed tree:

* a whole listing's line N is `<span id="part1-N">` (Pygments' own line spans, named after
  the listing rather than the block's position on the page), and its line number links to
  the page's walkthrough section `#line-N` when the page has one (a number without a section
  stays plain: nothing to tab to);
* an excerpt's line numbers link to those lines in the whole listing, on the page that shows
  it; its own lines carry no spans, since nothing links to them.
"""
import textwrap
from xml.etree import ElementTree

from pygments import highlight
from pymdownx.highlight import BlockHtmlFormatter

from nn11site.listings import LISTINGS
from nn11site.render.page import link


def source(embed):
    """The lines the block shows, as written in the program (an excerpt dedented, as
    pymdownx.snippets includes a part of a file)."""
    lines = LISTINGS[embed.name].lines()
    if embed.kind == "listing":
        return 1, "\n".join(lines) + "\n"
    return embed.first, textwrap.dedent("\n".join(lines[embed.first - 1:embed.last]) + "\n")


def python_lexer(md):
    """Python's lexer with the options mkdocs.yml gives pymdownx.highlight for it."""
    fences = md.preprocessors["fenced_code_block"]
    fences.get_hl_settings()
    highlighter = fences.highlighter(md, extend_pygments_lang=fences.extend_pygments_lang)
    return highlighter.get_lexer("", "python", False, True)[0]


def tree(embed, lexer):
    first, code = source(embed)
    whole = embed.kind == "listing"
    formatter = BlockHtmlFormatter(
        cssclass="highlight", linenos="table", linenostart=first, wrapcode=True,
        filename=LISTINGS[embed.name].path.name if whole else "",
        linespans=embed.name if whole else "")
    return ElementTree.fromstring(highlight(code, lexer, formatter))


def numbers(root):
    """The line-number elements, each with its number."""
    for number in root.iterfind(".//td[@class='linenos']//span[@class='normal']"):
        yield number, int(number.text)


def as_link(number, href, title):
    anchor = ElementTree.SubElement(number, "a", href=href, title=title)
    anchor.text, number.text = number.text, None


def render(embed, page, sections, attributes, lexer):
    """The block's HTML. `sections` are the walkthrough sections of the page; `attributes`
    go on the block (data-run..., style)."""
    root = tree(embed, lexer)
    root.attrib.clear()
    root.set("class", "language-python highlight")
    root.set(f"data-{embed.kind}", embed.name)
    for key, value in attributes.items():
        root.set(key, value)
    for number, line in numbers(root):
        if embed.kind == "listing" and line in sections:
            as_link(number, f"#line-{line}", f"Line {line}, explained")
        elif embed.kind == "excerpt":
            as_link(number, link(page, LISTINGS[embed.name].page, f"{embed.name}-{line}"),
                    f"Line {line} in the whole listing")
    return ElementTree.tostring(root, encoding="unicode", method="html")
