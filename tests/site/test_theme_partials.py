"""overrides/partials/ holds copies of Material's partials, each with one repair. A copy
replaces Material's file whole, so an upgrade of Material that changes the original would
silently drop the upgrade's change (or a repair could drift away): each copy must be the
installed Material's file with exactly its intended change and its own heading comment."""
import re
from pathlib import Path

import material
import pytest

from nn11site.paths import ROOT

OURS = ROOT / "overrides" / "partials"
MATERIALS = Path(material.__file__).parent / "templates" / "partials"

# partial -> (Material's text, ours): the one change each copy exists for
INTENDED = {
    # a visual cue only; an unnamed progressbar is two axe violations (progress.html says why)
    "progress.html": ('role="progressbar"', 'aria-hidden="true"'),
    # the search dialog has a name (axe: aria-dialog-name)
    "search.html": ('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
}

# the comment a template opens with: Material's says it is generated, ours say what changed
HEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)


def test_every_copied_partial_has_its_intended_change_listed():
    assert sorted(path.name for path in OURS.glob("*.html")) == sorted(INTENDED)


@pytest.mark.parametrize("name", sorted(INTENDED))
def test_copied_partial_is_materials_with_only_the_intended_change(name):
    theirs = (MATERIALS / name).read_text(encoding="utf-8")
    ours = (OURS / name).read_text(encoding="utf-8")
    original, repaired = INTENDED[name]
    assert HEADING_COMMENT.match(ours), f"{name}: no comment saying what this copy changes"
    assert theirs.count(original) == 1, f"Material's {name} changed: {original!r} is not in it once"
    expected = HEADING_COMMENT.sub("", theirs).replace(original, repaired)
    assert HEADING_COMMENT.sub("", ours) == expected
