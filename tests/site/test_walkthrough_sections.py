"""The Part 2 and eleven-lines walkthroughs: every `line-N` section explains a real line.

A section `#line-N` must sit on a line of code (not a blank line, not a comment) of the
listing its page shows, the listing's line N must link to it, and the section must show that
line as an excerpt linking back. Line 43 of Part 2, back-propagation, must be among them,
and the eleven-lines page has one section for each of the eleven lines, 5 to 15 of nn11.py.
"""
import re

import pytest

from nn11site.listings import LISTINGS

# page in the built site -> the listing it shows whole
WALKTHROUGHS = {"part2": "part2", "eleven-lines": "nn11"}


def page_html(built_site, page):
    return (built_site / page / "index.html").read_text(encoding="utf-8")


def sections(html):
    return sorted(int(n) for n in re.findall(r'<h2 id="line-(\d+)"', html))


def section_html(html, line):
    start = html.index(f'<h2 id="line-{line}"')
    end = html.find("<h2 ", start + 1)
    return html[start:end if end != -1 else len(html)]


@pytest.mark.parametrize("page", sorted(WALKTHROUGHS))
def test_every_line_section_explains_a_line_of_code(built_site, page):
    listing = LISTINGS[WALKTHROUGHS[page]].lines()
    found = sections(page_html(built_site, page))
    assert found, f"{page} has no line sections"
    for line in found:
        assert 1 <= line <= len(listing), f"{page}: #line-{line} is past the listing's end"
        text = listing[line - 1].strip()
        assert text and not text.startswith("#"), f"{page}: #line-{line} is blank or a comment"


@pytest.mark.parametrize("page", sorted(WALKTHROUGHS))
def test_every_line_section_and_its_listing_line_link_both_ways(built_site, page):
    html = page_html(built_site, page)
    name = WALKTHROUGHS[page]
    for line in sections(html):
        assert f'id="{name}-{line}"' in html, f"{page}: listing line {line} has no anchor"
        assert re.search(rf'<a href="#line-{line}"[^>]*>\s*{line}</a>', html), \
            f"{page}: listing line {line} does not link to its section"
        assert re.search(rf'<a href="#{name}-{line}"[^>]*>\s*{line}</a>', section_html(html, line)), \
            f"{page}: section line-{line} does not show its line linking back to the listing"


def test_part2_line43_backpropagation_links_both_ways(built_site):
    html = page_html(built_site, "part2")
    assert 43 in sections(html)
    assert "l2_delta.dot(syn1.T)" in LISTINGS["part2"].lines()[42]
    assert re.search(r'<a href="#line-43"[^>]*>\s*43</a>', html), "listing -> section"
    assert re.search(r'<a href="#part2-43"[^>]*>\s*43</a>', section_html(html, 43)), \
        "section -> listing"


def test_eleven_lines_page_has_a_section_for_each_of_the_eleven(built_site):
    assert sections(page_html(built_site, "eleven-lines")) == list(range(5, 16))


def test_eleven_lines_sections_show_the_part2_lines_they_compress(built_site):
    html = page_html(built_site, "eleven-lines")
    for line in range(5, 16):
        assert re.search(r'<a href="\.\./part2/#part2-\d+"', section_html(html, line)), \
            f"section line-{line} shows no excerpt of Part 2"
