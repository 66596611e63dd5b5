import os
import subprocess
import sys
from pathlib import Path

import pytest

# the tests import their helpers (listings.py, readme.py, ...) by plain name
sys.path.insert(0, str(Path(__file__).resolve().parent))

from listings import ROOT  # noqa: E402


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it, built once per test session."""
    site = tmp_path_factory.mktemp("site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, capture_output=True, text=True, env=env, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    return site
