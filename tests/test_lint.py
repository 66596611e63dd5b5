"""The Python code passes ruff with the rules chosen in pyproject.toml, with no finding."""
import shutil
import subprocess
import sys
from pathlib import Path

from nn11site.paths import ROOT


def test_ruff_finds_nothing():
    # the ruff that requirements.txt pins, installed beside this Python
    ruff = Path(sys.executable).parent / "ruff"
    ruff = str(ruff) if ruff.is_file() else shutil.which("ruff")
    assert ruff, "ruff is missing: it is pinned in requirements.txt"
    done = subprocess.run([ruff, "check", "--no-cache", "--output-format", "concise", "."],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
