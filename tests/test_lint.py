"""The Python code passes ruff with the rules chosen in pyproject.toml, with no finding, and ruff
reads all of it but what pyproject.toml excludes by name."""
import shutil
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import pytest

from nn11site.paths import ROOT


def ruff(*args):
    # the ruff that requirements.txt pins, installed beside this Python
    found = Path(sys.executable).parent / "ruff"
    found = str(found) if found.is_file() else shutil.which("ruff")
    assert found, "ruff is missing: it is pinned in requirements.txt"
    return subprocess.run([found, *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing():
    done = ruff("check", "--no-cache", "--output-format", "concise", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_reads_every_python_file_git_tracks_but_the_originals():
    # an exclude pattern such as "site" (meant for the built site) also drops tests/site/
    listed = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    if listed.returncode:
        pytest.skip("not a git checkout (an unpacked archive): no list of tracked files")
    tracked = listed.stdout.split()
    tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11")
    # what pyproject.toml keeps out of ruff's rules on purpose (the original's code)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    unlinted = config["tool"]["ruff"]["lint"]["exclude"]
    read = {Path(line).resolve().relative_to(ROOT).as_posix()
            for line in ruff("check", "--show-files", ".").stdout.split()}
    unread = set(tracked) - read
    assert sorted(path for path in unread if not any(fnmatch(path, glob) for glob in unlinted)) == []
