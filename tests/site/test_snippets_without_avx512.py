"""Every snippet on the site prints the same with NumPy's AVX-512 code paths disabled.

Printed figures are rounded so that the last-digit differences between CPUs never show;
this runs every Markdown code block again, page by page in a fresh pytest with AVX-512
switched off, to prove it (the listings themselves: tests/programs/test_program_outputs.py).
One page a test, so that the suite's workers share the pages out.
"""
import os
import subprocess
import sys

import pytest
from markdown_blocks import PAGES, all_blocks
from numpy_features import avx512_features

from nn11site.paths import ROOT

# every snippet again, in fresh processes: half the fast loop's time
pytestmark = pytest.mark.slow

WITH_SNIPPETS = [page for page in [*PAGES, ROOT / "README.md"]
                 if any(block.collected_by_codeblocks for block in all_blocks([page]))]


# (a session fixture: a module one would keep the pages on one worker, see worker_groups.py)
@pytest.fixture(scope="session")
def without_avx512():
    features = avx512_features()
    if not features:
        pytest.skip("this CPU takes no AVX-512 path, so the suite already ran without one")
    env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=" ".join(features))
    assert avx512_features(env) == [], "NumPy ignored NPY_DISABLE_CPU_FEATURES"
    return env


@pytest.mark.parametrize("page", WITH_SNIPPETS, ids=lambda page: page.name)
def test_snippets_print_the_same_without_avx512(page, without_avx512):
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0",
         "--codeblocks", str(page.relative_to(ROOT))],
        cwd=ROOT, env=without_avx512, capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:]
