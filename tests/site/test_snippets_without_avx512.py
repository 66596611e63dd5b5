"""Every snippet on the site prints the same with NumPy's AVX-512 code paths disabled.

Printed figures are rounded so that the last-digit differences between CPUs never show;
this runs every Markdown code block again, in a fresh pytest with AVX-512 switched off, to
prove it (the listings themselves: tests/programs/test_program_outputs.py).
"""
import os
import subprocess
import sys

import pytest

from nn11site.paths import ROOT
from numpy_features import avx512_features


def test_snippets_print_the_same_without_avx512():
    features = avx512_features()
    if not features:
        pytest.skip("this CPU takes no AVX-512 path, so the suite already ran without one")
    env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=" ".join(features))
    assert avx512_features(env) == [], "NumPy ignored NPY_DISABLE_CPU_FEATURES"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--codeblocks",
         "README.md", "docs"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:]
