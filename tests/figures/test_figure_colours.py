"""Every colour a figure uses is set by the site's style sheet, for both schemes.

The drawings name their colours as CSS variables (`--nn11-fig-*`); docs/stylesheets/nn11.css
gives them values, once, for Material's light scheme and for its dark one (slate). A variable that
either scheme leaves unset would draw that part of a figure in the browser's default colour.
"""
import re

import pytest

from nn11site.figures.svg import COLOURS as SENTINELS
from nn11site.paths import DOCS, ROOT

STYLESHEET = DOCS / "stylesheets" / "nn11.css"
# the palette's two rules: the page's root, and the body Material marks with the dark scheme
RULES = {"light": r"^:root \{([^}]*)\}",
         "dark": r'^\[data-md-color-scheme="slate"\] \{([^}]*)\}'}


def set_by(rule):
    block = re.search(rule, STYLESHEET.read_text(encoding="utf-8"), re.M)
    assert block, f"nn11.css has no rule matching {rule}"
    return dict(re.findall(r"--(nn11-fig-[\w-]+):\s*([^;]+);", block.group(1)))


@pytest.mark.parametrize("scheme", sorted(RULES))
def test_every_colour_a_figure_uses_is_set_for_the_scheme(drawn, scheme):
    used = set()
    for figure in drawn.values():
        used |= set(re.findall(r"var\(--(nn11-fig-[\w-]+)\)", figure.inline()))
    assert used, "the figures name no colour variable at all"
    light = set_by(RULES["light"])
    # a colour taken from Material's own variables follows the scheme wherever it is set
    follows = {name for name, value in light.items() if value.startswith("var(--md-")}
    defined = set(set_by(RULES[scheme])) | follows
    assert used <= defined, sorted(used - defined)


def test_the_standalone_file_carries_the_light_colours(drawn):
    light = set_by(RULES["light"])
    for figure in drawn.values():
        for variable in set(re.findall(r"var\(--(nn11-fig-[\w-]+)\)", figure.svg)):
            assert f"--{variable}:{light[variable]};" in figure.svg, (figure.name, variable)


def test_the_package_defines_no_colour_of_its_own():
    """nn11.css's palette is the one place a drawing's colours are set: no module or template
    of nn11site (figures, network diagrams, the explorer's curve) names a colour. The figures'
    sentinels are placeholders that the SVG writer replaces by the palette's variables."""
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\b(?:rgba?|hsla?)\(")
    named = []
    for path in sorted((ROOT / "nn11site").rglob("*")):
        if path.suffix in (".py", ".html", ".svg", ".css"):
            named += [(path.relative_to(ROOT).as_posix(), m[0])
                      for m in literal.finditer(path.read_text(encoding="utf-8"))
                      if m[0] not in SENTINELS]
    assert named == []
