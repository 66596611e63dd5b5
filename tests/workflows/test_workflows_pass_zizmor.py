"""zizmor's default policy finds nothing in the workflows or the Dependabot file, offline.

Among other things its default audits want every action pinned to a full commit SHA, no
credentials left in checkouts, no template expansion inside scripts and no broad permissions.
zizmor is in requirements.txt, so it sits beside the Python that runs the tests.
"""
import shutil
import subprocess
import sys
from pathlib import Path

from github_files import GITHUB, workflow_files

from nn11site.paths import ROOT


def zizmor():
    beside_python = Path(sys.executable).parent / "zizmor"
    found = str(beside_python) if beside_python.exists() else shutil.which("zizmor")
    assert found, "zizmor is missing: it is in requirements.txt, install that first"
    return found


def test_workflows_pass_zizmor_offline():
    # Named one by one so that zizmor must audit each (a directory it would only search).
    inputs = [*workflow_files(), GITHUB / "dependabot.yml"]
    # --offline: no GitHub API (no token needed, and no network to it on some machines);
    # --strict-collection: a file zizmor cannot parse fails the test instead of being skipped.
    done = subprocess.run(
        [zizmor(), "--offline", "--strict-collection", "--format=plain",
         *(str(path.relative_to(ROOT)) for path in inputs)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    report = done.stdout + done.stderr
    # zizmor exits non-zero on any finding, whatever its severity
    assert done.returncode == 0, report
    assert "No findings to report" in done.stdout, report
