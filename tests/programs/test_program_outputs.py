"""Each program prints exactly the text committed beside it, on every CPU."""
import json
import os
import subprocess
import sys

import pytest

from listings import PROGRAMS, run_script


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_prints_expected_output(name):
    program, expected = PROGRAMS[name]
    assert run_script(program) == expected.read_text(encoding="utf-8")


def test_part2_error_lines_match_the_article():
    # The 2015 article's own figures (Python 2 printed 12 significant digits).
    article = ["0.496410031903", "0.00858452565325", "0.00578945986251",
               "0.00462917677677", "0.00395876528027", "0.00351012256786"]
    printed = run_script(PROGRAMS["part2"][0]).splitlines()
    assert [line for line in printed if line.startswith("Error:")] == \
        ["Error:" + value for value in article]


def test_part1_output_matches_the_article():
    printed = run_script(PROGRAMS["part1"][0]).split()
    numbers = [token.strip("[]") for token in printed[3:]]
    assert printed[:3] == ["Output", "After", "Training:"]
    assert numbers == ["0.00966449", "0.00786506", "0.99358898", "0.99211957"]


def _avx512_features(env_extra=None):
    """The AVX-512 code paths that this NumPy build takes on this CPU."""
    probe = (
        "import json, numpy as np\n"
        "try:\n"
        "    from numpy._core import _multiarray_umath as m\n"
        "except ImportError:\n"
        "    from numpy.core import _multiarray_umath as m\n"
        "print(json.dumps([f for f in m.__cpu_dispatch__ if m.__cpu_features__.get(f)\n"
        "                  and ('512' in f or f == 'X86_V4')]))\n"
    )
    env = dict(os.environ, **(env_extra or {}))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env=env)
    return json.loads(done.stdout)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_output_is_same_without_avx512(name):
    features = _avx512_features()
    if not features:
        pytest.skip("this CPU takes no AVX-512 path, so every run here is already the "
                    "non-AVX-512 run")
    disabled = {"NPY_DISABLE_CPU_FEATURES": " ".join(features)}
    assert _avx512_features(disabled) == [], "NumPy ignored NPY_DISABLE_CPU_FEATURES"
    program, expected = PROGRAMS[name]
    printed = run_script(program, env_extra=disabled)
    assert printed == expected.read_text(encoding="utf-8")
