"""Every colour a figure uses is set by the site's style sheet, for both schemes.

The drawings name their colours as CSS variables (`--nn11-fig-*`); docs/stylesheets/nn11.css
gives them values for Material's light scheme and for its dark one (slate). A variable that
either scheme leaves unset would draw that part of a figure in the browser's default colour.
"""
import re

import pytest

from nn11site.paths import DOCS

STYLESHEET = DOCS / "stylesheets" / "nn11.css"
RULES = {"light": r"^\.nn11-figure \{([^}]*)\}",
         "dark": r'^\[data-md-color-scheme="slate"\] \.nn11-figure \{([^}]*)\}'}


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
