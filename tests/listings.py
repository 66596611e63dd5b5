"""Where the three programs live, and two ways to run them.

`run_script` runs a program as a reader would (`python file.py`, a fresh process).
`step_through` executes the same file in-process, stopping the training loop after a few
iterations and keeping a copy of every array at the top of each iteration, so tests can
compare one real update with an independent oracle instead of re-implementing the program.
"""
import builtins
import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
LISTINGS = ROOT / "docs" / "listings"

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
    """
    lines = source_lines(path)
    for number, text in (replace or {}).items():
        lines[number - 1] = text
    code = compile("\n".join(lines) + "\n", str(path), "exec")
    namespace = {"__name__": "__main__"}
    snapshots = []

    def snapshot():
        snapshots.append({name: value.copy() for name, value in namespace.items()
                          if isinstance(value, np.ndarray)})

    def limited_range(*args):
        # stands in for the loop's range(): same indices, but stops after `steps`
        for index in list(builtins.range(*args))[:steps]:
            snapshot()
            yield index
        snapshot()

    namespace["range"] = limited_range
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(code, namespace)
    return snapshots, namespace, printed.getvalue()
