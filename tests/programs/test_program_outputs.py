"""Each program prints exactly the text committed beside it, on every CPU, and that text
holds the 2015 article's own numbers."""
import os

import pytest
from numpy_features import avx512_features

from nn11site.listings import LISTINGS, run_script


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_program_prints_expected_output(name):
    listing = LISTINGS[name]
    assert run_script(listing.path) == listing.expected_output()


# The two tests below read the committed outputs instead of running the programs again: the
# test above proves that each program prints exactly that text.

def test_part2_error_lines_match_the_article():
    # The 2015 article's own figures (Python 2 printed 12 significant digits).
    article = ["0.496410031903", "0.00858452565325", "0.00578945986251",
               "0.00462917677677", "0.00395876528027", "0.00351012256786"]
    printed = LISTINGS["part2"].expected_output().splitlines()
    assert [line for line in printed if line.startswith("Error:")] == \
        ["Error:" + value for value in article]


def test_part1_output_matches_the_article():
    printed = LISTINGS["part1"].expected_output().split()
    numbers = [token.strip("[]") for token in printed[3:]]
    assert printed[:3] == ["Output", "After", "Training:"]
    assert numbers == ["0.00966449", "0.00786506", "0.99358898", "0.99211957"]


@pytest.mark.slow  # each program again, in a fresh process
@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_output_is_same_without_avx512(name):
    features = avx512_features()
    if not features:
        pytest.skip("this CPU takes no AVX-512 path, so every run here is already the "
                    "non-AVX-512 run")
    disabled = {"NPY_DISABLE_CPU_FEATURES": " ".join(features)}
    assert avx512_features(dict(os.environ, **disabled)) == [], \
        "NumPy ignored NPY_DISABLE_CPU_FEATURES"
    listing = LISTINGS[name]
    assert run_script(listing.path, env_extra=disabled) == listing.expected_output()
