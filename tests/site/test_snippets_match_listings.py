"""A snippet that restates a listing's line restates it exactly, or says what it changed.

Snippets on the site are standalone so that a reader can copy any one of them, which means
some of them repeat lines of the listings. Those copies must not drift: a line that assigns
to one of the listings' names (X, y, syn0, l1_delta, ...) or updates a weight must be,
apart from indentation, a line of one of the three programs, unless it carries a comment
saying why it differs.
"""
import re

from markdown_blocks import all_blocks

from nn11site.listings import LISTINGS

LISTING_NAMES = {"X", "y", "syn0", "syn1", "l0", "l1", "l2", "l1_error", "l2_error",
                 "l1_delta", "l2_delta"}
ASSIGNMENT = re.compile(r"^\s*(?P<name>\w+)\s*(?:\+|-)?=(?!=)")
PROGRAM_LINES = {line.strip() for listing in LISTINGS.values()
                 for line in listing.lines() if line.strip()}


def test_snippet_lines_quote_the_listings_exactly():
    drifted = []
    for block in all_blocks():
        if not block.collected_by_codeblocks:
            continue
        for offset, line in enumerate(block.body.splitlines(), start=1):
            m = ASSIGNMENT.match(line)
            if not m or m["name"] not in LISTING_NAMES or "#" in line:
                continue
            if line.strip() not in PROGRAM_LINES:
                drifted.append(f"{block.page.name}:{block.line + offset}: {line.strip()}")
    assert not drifted, "lines that restate a listing differently, with no comment:\n" + \
        "\n".join(drifted)
