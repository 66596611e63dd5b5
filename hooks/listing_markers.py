"""Expand the pages' listing markers into code blocks included from the programs themselves.

A page writes a whole listing or an excerpt of one as a single line, so that a line number
is written once, where the author means it:

    <!-- listing part1 -->          the whole of part1.py, numbered from 1
    <!-- excerpt part1 36 -->       line 36 of part1.py, numbered 36
    <!-- excerpt part2 14-17 -->    lines 14 to 17 of part2.py, numbered 14 to 17

Each becomes a fenced block that pymdownx.snippets fills from the very file the tests run
(the same pattern as the shortcodes of Material's own documentation: a short marker expanded
in on_page_markdown). The block carries `data-listing` or `data-excerpt`, which
hooks/listing_links.py turns into line anchors and links. An unknown listing, or lines
outside it, stop the build.
"""
import re

from nn11site.listings import LISTINGS
from nn11site.paths import ROOT

MARKER = re.compile(r"^<!-- (?P<kind>listing|excerpt) (?P<name>\w+)"
                    r"(?: (?P<first>\d+)(?:-(?P<last>\d+))?)? -->$", re.M)


def expand(kind, name, first=None, last=None, where="a page"):
    """The fenced block a marker stands for."""
    if name not in LISTINGS:
        raise ValueError(f"{where}: no listing called {name!r} (known: {', '.join(LISTINGS)})")
    listing = LISTINGS[name]
    path = listing.path.relative_to(ROOT).as_posix()
    if kind == "listing":
        if first is not None:
            raise ValueError(f"{where}: a whole listing takes no line numbers ({name})")
        return (f'``` {{ .python linenums="1" data-listing="{name}" title="{listing.path.name}" }}\n'
                f'--8<-- "{path}"\n```')
    if first is None:
        raise ValueError(f"{where}: an excerpt of {name} needs its line numbers")
    first, last = int(first), int(last or first)
    if not 1 <= first <= last <= len(listing.lines()):
        raise ValueError(f"{where}: {name} has no lines {first}-{last}")
    return (f'``` {{ .python linenums="{first}" data-excerpt="{name}" }}\n'
            f'--8<-- "{path}:{first}:{last}"\n```')


def on_page_markdown(markdown, page, config, files):
    return MARKER.sub(lambda m: expand(m["kind"], m["name"], m["first"], m["last"],
                                       where=page.file.src_uri), markdown)
