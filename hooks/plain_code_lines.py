"""Code blocks keep only the elements that something reads.

pymdownx.highlight wraps every line of every code block in a span and gives it an empty link
to itself (line_spans, anchor_linenums in mkdocs.yml). The listings and their excerpts need
them: hooks/listing_links.py turns them into the stable line ids the walkthrough and the
line links use. Every other block carries them unread (nothing links to line 3 of the fourth
block of a page, and Material reads them only for a feature this site does not use), and on
a long page they are a sixth of the elements a phone parses, styles and lays out: about 760
of 4,800 on Claims. What is left after listing_links.py has renamed the listings' own is
removed here, keeping every character of the code (after hooks/code_block_sizes.py, which
counts the line spans to size each block).
"""
import re

LINE_SPAN = re.compile(r'<span id="__span-\d+-\d+">(.*?\n)</span>', re.S)
LINE_ANCHOR = re.compile(r'<a id="__codelineno-\d+-\d+" name="__codelineno-\d+-\d+" href="#__codelineno-\d+-\d+"></a>')


def on_page_content(html, page, config, files):
    return LINE_SPAN.sub(r"\1", LINE_ANCHOR.sub("", html))
