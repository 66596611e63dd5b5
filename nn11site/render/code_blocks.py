"""Every fenced block but ```nn11 ones: highlighted as pymdownx.superfences does, plus what
the page's scripts and styles read.

* Its size: nn11.css lets the browser skip drawing code blocks that are off screen
  (content-visibility), and a skipped block takes the height `contain-intrinsic-size` gives.
  One guess for every block is wrong for most of them, and the page then grows or shrinks as
  the reader scrolls (tools that scroll to measure, axe and Lighthouse, find it moved under
  them). So each block carries its line count and whether it has a title, from which the
  CSS sizes it.
* A block Run can run (marked by nn11site.render.marks) gets a bar with the Run and Edit
  buttons right after it. The bar is in the HTML from the start, so nothing moves when the
  script arrives; without JavaScript it keeps its room but is not shown (nn11.css).

pymdownx.highlight passes only data-* attributes to a block, so the size is set on the
highlighted block's parsed tree.
"""
from xml.etree import ElementTree

# (data-search-exclude: the buttons' labels are no words to search for)
RUN_BAR = ('<div class="nn11-run" role="group" aria-label="{label}" data-search-exclude>'
           '<button type="button" class="nn11-run__button" data-run-action="run">Run</button>'
           '<button type="button" class="nn11-run__button" data-run-action="edit">Edit</button>'
           '</div>')


def size(src, titled):
    lines = len(src.strip("\n").splitlines()) or 1
    return f"--nn11-lines: {lines}; --nn11-title: {int(titled)}"


def run_bar(attrs):
    if "data-run" not in attrs:
        return ""
    file = attrs["data-run-file"]
    label = "Run or edit this snippet" if file == "snippet.py" else f"Run or edit {file}"
    return RUN_BAR.format(label=label)


def sized(html, style):
    root = ElementTree.fromstring(html)
    root.set("style", style)
    return ElementTree.tostring(root, encoding="unicode", method="html")


def format_block(src="", language="", md=None, options=None, classes=None, id_value="", attrs=None):
    """superfences' formatter for any language (registered under "*")."""
    attrs = attrs or {}
    style = size(src, "title" in options)
    html = md.preprocessors["fenced_code_block"].highlight(
        src=src, language=language, options=options, md=md, classes=classes,
        id_value=id_value, attrs=attrs)
    return sized(html, style) + run_bar(attrs)
