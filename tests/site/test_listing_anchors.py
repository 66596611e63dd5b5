"""Listing lines and walkthrough sections link to each other with stable, readable anchors."""
import re

import pytest

# the lines the original's Part 1 walkthrough explains, each with a section of its own
PART1_CITED = [1, 4, 5, 10, 16, 20, 23, 25, 28, 29, 32, 36, 39]


def page_html(built_site, name):
    return (built_site / name / "index.html").read_text(encoding="utf-8")


def ids(html):
    return set(re.findall(r'\bid="([^"]+)"', html))


@pytest.mark.parametrize("line", PART1_CITED)
def test_part1_cited_line_and_its_section_link_both_ways(built_site, line):
    html = page_html(built_site, "part1")
    assert f'id="line-{line}"' in html, "the walkthrough section"
    assert f'id="part1-{line}"' in html, "the listing line"
    assert re.search(rf'<a href="#line-{line}"[^>]*>\s*{line}</a>', html), "listing -> section"
    assert re.search(rf'<a href="#part1-{line}"[^>]*>\s*{line}</a>', html), "section -> listing"


def test_part1_line36_has_both_parts(built_site):
    html = page_html(built_site, "part1")
    assert {"line-36a", "line-36b"} <= ids(html)


def test_lines_without_a_section_are_not_links(built_site):
    # line 2 is blank: nothing to explain, so nothing to tab to
    html = page_html(built_site, "part1")
    assert 'href="#line-2"' not in html and 'id="part1-2"' in html


def test_every_in_page_link_has_a_target(built_site):
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        targets = ids(html) | set(re.findall(r'\bname="([^"]+)"', html))
        for anchor in set(re.findall(r'href="#([^"]+)"', html)):
            assert anchor in targets, f"{page.relative_to(built_site)}: #{anchor}"


def test_listing_anchors_do_not_depend_on_block_order(built_site):
    # nn11site.render names a listing's lines after it, not by pymdownx's positional ids
    # (__codelineno-3-36)
    html = page_html(built_site, "part1")
    listing = html[html.index('data-listing="part1"'):]
    listing = listing[:listing.index("</table>")]
    assert "__codelineno" not in listing and "__span" not in listing
