"""The program-test jobs install pytest at exactly the versions requirements.txt pins.

They install .github/requirements-programs.txt, which names only what tests/programs needs
besides NumPy and takes every version from requirements.txt as a constraint, so there is no
second list of versions to drift (and Dependabot's updates to requirements.txt apply).
"""
import re

from github_files import GITHUB

from nn11site.paths import ROOT

PROGRAM_REQUIREMENTS = GITHUB / "requirements-programs.txt"


def requirement_lines(path):
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def pinned(path):
    """name -> version for every `name==version` line of a requirements file."""
    pins = {}
    for line in requirement_lines(path):
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)", line)
        if match:
            pins[match[1].lower()] = match[2]
    return pins


def test_program_requirements_are_pytest_constrained_by_requirements_txt():
    lines = requirement_lines(PROGRAM_REQUIREMENTS)
    constraints = [line.split(None, 1)[1] for line in lines if line.startswith("-c ")]
    # pip reads a nested file's path relative to the file that names it
    assert [(PROGRAM_REQUIREMENTS.parent / c).resolve() for c in constraints] == \
        [ROOT / "requirements.txt"]
    names = [line for line in lines if not line.startswith("-")]
    assert sorted(names) == ["pytest", "pytest-codeblocks", "pytest-xdist"]
    pins = pinned(ROOT / "requirements.txt")
    assert all(name in pins for name in names), "requirements.txt must pin each of them"
