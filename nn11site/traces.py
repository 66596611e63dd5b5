"""Run a listing as it is and keep what its training loop computed at every iteration.

The figures on the site are drawn from these runs, and the tests step through the programs
with the same function, so both see what the real programs do, not a
re-implementation. The listing's own source is executed unchanged; only the `range` its loop
iterates over is replaced by one that yields the same numbers (optionally stopping early)
and, at the top of every iteration and once after the loop, keeps a copy of the arrays.
"""
import builtins
import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nn11site.listings import LISTINGS


@dataclass
class Trace:
    namespace: dict      # the listing's globals after it ran (its functions, final arrays)
    printed: str         # what it printed
    before: list         # the recorded arrays at the top of each kept iteration, then after the loop
    kept: list           # which iteration each entry of `before` is (None: after the loop)

    def series(self, name):
        """The values `name` held at the top of each iteration and after the loop, stacked."""
        return np.array([snapshot[name] for snapshot in self.before if name in snapshot])

    def computed(self, name):
        """What iteration k computed for `name`, for every k (the value at the top of k + 1)."""
        return np.array([snapshot[name] for snapshot in self.before[1:]])


def trace(path, names=None, steps=None, replace=None, at=None):
    """Run the listing at `path`, keeping copies of the arrays called `names` (all, if None).

    `steps` stops the training loop after that many iterations; `replace` maps a 1-based line
    number to new text, to run a variant of the listing without keeping a second copy of it.
    `at` is the set of iterations to keep (every one, if None; the state after the loop is
    always kept): a test that compares only the end keeps nothing else, which is what makes
    a 60,000-iteration run cheap in time and memory.
    """
    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, text in (replace or {}).items():
        lines[number - 1] = text
    code = compile("\n".join(lines) + "\n", str(path), "exec")
    namespace = {"__name__": "__main__"}
    before = []
    kept = []

    def keep(index):
        kept.append(index)
        wanted = namespace if names is None else [n for n in names if n in namespace]
        before.append({name: np.array(namespace[name], copy=True) for name in wanted
                       if isinstance(namespace[name], np.ndarray)})

    def recording_range(*args):
        for index in list(builtins.range(*args))[:steps]:
            if at is None or index in at:
                keep(index)
            yield index
        keep(None)

    namespace["range"] = recording_range
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(code, namespace)
    return Trace(namespace, printed.getvalue(), before, kept)


def part1():
    return trace(LISTINGS["part1"].path, ["syn0", "l1", "l1_error"])


def part2():
    return trace(LISTINGS["part2"].path, ["l2_error"])
