"""The figures the pages show are the ones the listings draw today, where they belong.

The figures are drawn at build time by nn11site.figures. These tests draw them again, in this
process, and compare with the built site byte for byte: a page that shows a stale, missing or
misplaced figure, or a build whose drawing is not deterministic, fails here.
"""
import re

import pytest

from nn11site.figures.drawing import build

# figure -> (page, the section it illustrates)
PLACES = {
    "sigmoid": ("part1", "line-4"),
    "slopes": ("part1", "line-36a"),
    "guesses": ("part1", "places-to-look"),
    "error-part1": ("part1", "places-to-look"),
    "weights": ("part1", "takeaways"),
    "error-part2": ("part2", "line-35"),
    "downhill": ("part1", "downhill"),
    "xor-square": ("part2", "xor-square"),
    "correlation": ("part2", "correlation"),
}


def page_html(built_site, page):
    return (built_site / page / "index.html").read_text(encoding="utf-8")


def shown(html):
    """{figure name: its <figure> element} for every figure on a page."""
    return {name: block for block, name in re.findall(
        r'(<figure class="nn11-figure" id="figure-([\w-]+)">.*?</figure>)', html, re.S)}


def test_drawing_is_deterministic(drawn):
    again = build()
    assert {name: f.svg for name, f in again.items()} == {name: f.svg for name, f in drawn.items()}


def test_every_figure_is_placed_and_nothing_else(drawn):
    assert set(PLACES) == set(drawn)


@pytest.mark.parametrize("name", sorted(PLACES))
def test_page_shows_the_figure_drawn_now(built_site, drawn, name):
    page, _ = PLACES[name]
    figures = shown(page_html(built_site, page))
    assert name in figures, f"{page} does not show {name}"
    assert figures[name] == drawn[name].html(), f"{page} shows a {name} other than today's"
    assert (built_site / "figures" / f"{name}.svg").read_text(encoding="utf-8") == drawn[name].svg


@pytest.mark.parametrize("name", [n for n, (_, s) in PLACES.items() if s])
def test_figure_sits_in_its_section(built_site, name):
    page, section = PLACES[name]
    html = page_html(built_site, page)
    start = html.index(f'id="{section}"')
    following = re.search(r"<h[1-6] id=", html[start + 1:])
    end = start + 1 + following.start() if following else len(html)
    assert f'id="figure-{name}"' in html[start:end], f"{name} is not in #{section}"


def test_each_figure_is_shown_once(built_site):
    names = []
    for page in built_site.rglob("index.html"):
        names += re.findall(r'<figure class="nn11-figure" id="figure-([\w-]+)">',
                            page.read_text(encoding="utf-8"))
    assert sorted(names) == sorted(PLACES)


def test_figures_describe_themselves(drawn):
    for figure in drawn.values():
        inline = figure.inline()
        assert 'role="img"' in inline and 'aria-label="' in inline
        assert inline.count("<title>") == 1
        # the colours are the scheme's, never fixed: no colour literal, no sentinel left over
        assert not re.search(r"#[0-9a-fA-F]{6}\b", inline), figure.name
        assert "<style" not in inline, "an inline SVG's style sheet would style the whole page"
        # no id that another figure (or the page) could also have
        for element_id in re.findall(r'\bid="([^"]+)"', inline):
            assert element_id.startswith(figure.name + "-"), (figure.name, element_id)
