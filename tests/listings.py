"""Where the three programs live, and two ways to run them.

`run_script` runs a program as a reader would (`python file.py`, a fresh process).
`step_through` executes the same file in-process, stopping the training loop after a few
iterations and keeping a copy of every array at the top of each iteration, so tests can
compare one real update with an independent oracle instead of re-implementing the program.
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTINGS = ROOT / "docs" / "listings"

# the build hooks' runner, shared so that tests and figures run the programs the same way
sys.path.insert(0, str(ROOT / "hooks"))
from listing_traces import trace  # noqa: E402

# name -> (program, expected output committed beside the listings)
PROGRAMS = {
    "nn11": (ROOT / "nn11.py", LISTINGS / "nn11.out"),
    "part1": (LISTINGS / "part1.py", LISTINGS / "part1.out"),
    "part2": (LISTINGS / "part2.py", LISTINGS / "part2.out"),
}

# the weight matrices of each program, input side first
WEIGHTS = {"nn11": ["syn0", "syn1"], "part1": ["syn0"], "part2": ["syn0", "syn1"]}


def run_script(path, env_extra=None, cwd=None):
    """Run `python path` in a fresh interpreter and return what it printed."""
    env = dict(os.environ)
    env.update(env_extra or {})
    done = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, env=env,
        cwd=cwd or path.parent, check=False, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def source_lines(path):
    return Path(path).read_text(encoding="utf-8").splitlines()


def step_through(path, steps, replace=None):
    """Execute the program at `path`, letting its training loop run `steps` iterations.

    Returns (snapshots, namespace, printed): snapshots[k] holds a copy of every NumPy
    array as it was at the top of iteration k; the last one is taken after the loop.
    `replace` maps a 1-based line number to new text, to run a variant of the listing
    (the Part 1 network on the Part 2 data, say) without keeping a second copy of it.
    The figures are drawn from runs of the same function (hooks/listing_traces.py).
    """
    run = trace(path, steps=steps, replace=replace)
    return run.before, run.namespace, run.printed
