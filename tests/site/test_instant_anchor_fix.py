"""Material's bundle is mended in the built site for the bug that refetches and replaces the
page on the first link to one of its headings (nn11site/instant_anchor_fix.py), and a
Material release whose bundle the fix no longer fits stops the build instead of shipping it
unmended. The reader's side is in tests/browser/test_site_features.py."""
from pathlib import Path

import material
import pytest

from nn11site.instant_anchor_fix import BUNDLE, MaterialChanged, mend

INSTALLED = next((Path(material.__file__).parent / "templates").glob("assets/javascripts/bundle.*.min.js"))


def test_the_built_site_serves_materials_bundle_mended(built_site):
    bundles = [path for path in built_site.rglob("bundle.*.min.js")
               if BUNDLE.fullmatch(path.relative_to(built_site).as_posix())]
    assert len(bundles) == 1
    assert bundles[0].read_text(encoding="utf-8") == mend(INSTALLED.read_text(encoding="utf-8"))


def test_the_mend_swaps_one_distinct_by_path_step_and_adds_one_scroll_source():
    original = INSTALLED.read_text(encoding="utf-8")
    mended = mend(original)
    # Material's distinct-by-path step, which lets the first address through, is gone, and
    # in its place one seeded with the page loaded; a new source scrolls on a new heading
    # (what a reader sees of it: tests/browser/test_site_features.py)
    assert mended.count('("pathname")') == original.count('("pathname")') - 1
    assert "(location.pathname)" in mended and "(new URL(location.href))" in mended


@pytest.mark.parametrize("changed", [
    "",  # nothing of it left
    "let s=t.pipe(ne(\"pathname\"),b(a=>xr(a,{progress$:o}).pipe(ve(()=>(st(a,!0),y)))),le());"
    "let q=1;",  # the fetch, but no scroll restoration after it
])
def test_a_bundle_the_fix_does_not_fit_stops_the_build_naming_the_fix(changed):
    with pytest.raises(MaterialChanged, match="instant_anchor_fix.py"):
        mend(changed)


def test_the_fix_fits_materials_bundle_only_once():
    original = INSTALLED.read_text(encoding="utf-8")
    with pytest.raises(MaterialChanged, match="2 times"):
        mend(original + original)
