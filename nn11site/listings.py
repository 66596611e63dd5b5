"""The three programs the site explains: where each lives, what it prints, which page shows
it whole, and its weight matrices. The one list of listings; everything else reads it."""
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from nn11site.paths import LISTINGS_DIR, ROOT


@dataclass(frozen=True)
class Listing:
    name: str
    path: Path          # the program
    output: Path        # what it prints, committed beside the listings
    page: str           # the page that shows it whole (excerpts link back there)
    weights: tuple      # its weight matrices, input side first

    def lines(self):
        return self.path.read_text(encoding="utf-8").splitlines()

    def expected_output(self):
        return self.output.read_text(encoding="utf-8")


LISTINGS = {listing.name: listing for listing in [
    Listing("nn11", ROOT / "nn11.py", LISTINGS_DIR / "nn11.out", "eleven-lines.md", ("syn0", "syn1")),
    Listing("part1", LISTINGS_DIR / "part1.py", LISTINGS_DIR / "part1.out", "part1.md", ("syn0",)),
    Listing("part2", LISTINGS_DIR / "part2.py", LISTINGS_DIR / "part2.out", "part2.md", ("syn0", "syn1")),
]}


def run_script(path, env_extra=None, cwd=None):
    """Run `python path` in a fresh interpreter, as a reader would, and return what it printed."""
    env = dict(os.environ, **(env_extra or {}))
    done = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, env=env,
        cwd=cwd or Path(path).parent, check=False, timeout=300)
    if done.returncode:
        raise RuntimeError(f"{path} failed:\n{done.stderr}")
    return done.stdout
