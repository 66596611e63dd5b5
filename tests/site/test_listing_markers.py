"""A listing or an excerpt is written once, as a marker, and becomes a block numbered from
the line it names, included from the program itself (hooks/listing_markers.py)."""
import re

import pytest

from markdown_blocks import PAGES
from mkdocs_hooks import load_hook
from nn11site.listings import LISTINGS
from nn11site.paths import ROOT

markers = load_hook("listing_markers")


def test_an_excerpt_is_numbered_from_the_line_it_names():
    block = markers.expand("excerpt", "part1", "36")
    assert block.splitlines() == [
        '``` { .python linenums="36" data-excerpt="part1" }',
        '--8<-- "docs/listings/part1.py:36:36"',
        "```"]


def test_a_range_includes_exactly_its_lines():
    block = markers.expand("excerpt", "part2", "14", "17")
    assert 'linenums="14"' in block
    assert '"docs/listings/part2.py:14:17"' in block


def test_a_whole_listing_is_numbered_from_one_and_titled_with_its_file():
    block = markers.expand("listing", "nn11")
    assert block.splitlines()[0] == '``` { .python linenums="1" data-listing="nn11" title="nn11.py" }'
    assert block.splitlines()[1] == '--8<-- "nn11.py"'


@pytest.mark.parametrize(("args", "complaint"), [
    (("excerpt", "part3", "1"), "no listing called 'part3'"),
    (("excerpt", "part1", "42", "43"), "part1 has no lines 42-43"),
    (("excerpt", "part1", "5", "4"), "part1 has no lines 5-4"),
    (("excerpt", "part1"), "needs its line numbers"),
    (("listing", "part1", "3"), "takes no line numbers"),
])
def test_a_marker_that_names_no_real_lines_stops_the_build(args, complaint):
    with pytest.raises(ValueError, match=re.escape(complaint)):
        markers.expand(*args)


def test_every_marker_on_the_pages_is_one_the_hook_expands():
    # a near-miss (a typo in the marker) would otherwise stay an invisible HTML comment
    near_miss = re.compile(r"<!--\s*(listing|excerpt)\b.*-->")
    for page in PAGES:
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if near_miss.search(line):
                assert markers.MARKER.fullmatch(line.strip()), f"{page.name}:{number}: {line}"


def test_each_listing_is_shown_whole_on_its_own_page():
    for listing in LISTINGS.values():
        text = (ROOT / "docs" / listing.page).read_text(encoding="utf-8")
        assert f"<!-- listing {listing.name} -->" in text, listing.page
