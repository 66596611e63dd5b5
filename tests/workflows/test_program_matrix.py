"""The program tests run on every supported Python, each against two NumPy releases: the
oldest it supports and a newer one.

Which releases those are is written once, in the workflow's matrix (its comment says how they
were chosen); this checks what the matrix must always do, whatever the releases.
"""
import re

from github_files import TESTS, load
from packaging.version import Version

from nn11site.paths import ROOT

# what the README promises
SUPPORTED_PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


def numpy_floor():
    """The lowest NumPy requirements.in admits."""
    text = (ROOT / "requirements.in").read_text(encoding="utf-8")
    return Version(re.search(r"^numpy>=([\d.]+)$", text, re.M).group(1))


def test_every_supported_python_runs_the_programs_at_two_numpy_releases():
    entries = load(TESTS)["jobs"]["programs"]["strategy"]["matrix"]["include"]
    by_python = {}
    for entry in entries:
        by_python.setdefault(entry["python"], []).append(Version(entry["numpy"]))
    assert sorted(by_python) == SUPPORTED_PYTHONS
    for python, versions in by_python.items():
        oldest, newest = sorted(versions)
        assert len(versions) == 2 and oldest < newest, python
        assert oldest >= numpy_floor(), f"Python {python}: NumPy {oldest} is below requirements.in's floor"
