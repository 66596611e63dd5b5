"""Fresh, independent runs of the three programs, for checking the explorer's numbers.

The explorer's data comes from nn11site/traces.py (the trace runner the figures use) and
its page recomputes values in JavaScript. The oracle here shares neither: it executes the
program's own source with only the count in its loop's `range(...)` changed, so that the
namespace after the loop holds exactly what iteration k - 1 computed, as NumPy computed it.
What the program does after its loop (print the result) is left out: with no iteration run,
there is no result to print.
"""
import ast
import contextlib
import functools
import io
import re

import numpy as np

from nn11site.listings import LISTINGS


def _source(name):
    """The program's lines up to the end of its loop, and the loop's first and last line."""
    path = LISTINGS[name].path
    source = path.read_text(encoding="utf-8")
    loop = next(node for node in ast.parse(source).body if isinstance(node, ast.For))
    return path, source.splitlines()[:loop.end_lineno], loop.lineno


def _with_range(path, lines, replacement):
    source, found = re.subn(r"\brange\(\d+\)", replacement, "\n".join(lines) + "\n")
    assert found == 1, f"{path}: expected one training loop"
    return compile(source, str(path), "exec")


@functools.lru_cache(maxsize=16)
def _run(name, iterations):
    path, lines, _ = _source(name)
    namespace = {"__name__": "__main__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(_with_range(path, lines, f"range({iterations})"), namespace)  # noqa: S102
    return namespace, printed.getvalue()


def after(name, iterations):
    """(namespace, printed) after the loop ran `iterations` times: iteration k's values are
    after(name, k + 1); the weights at the top of iteration k are after(name, k)'s."""
    return _run(name, iterations)


@functools.lru_cache(maxsize=16)
def _iteration(name, k):
    path, lines, loop_line = _source(name)
    namespace = {"__name__": "__main__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(_with_range(path, lines, f"range({k})"), namespace)  # noqa: S102
        top = {key: np.array(value, copy=True) for key, value in namespace.items()
               if isinstance(value, np.ndarray)}
        # the same loop statement once more, over range(k, k + 1): it goes on from where the
        # first k iterations left the namespace, as the program itself would
        exec(_with_range(path, lines[loop_line - 1:], f"range({k}, {k + 1})"), namespace)  # noqa: S102
    return top, namespace, printed.getvalue()


def iteration(name, k):
    """(top, namespace, printed) for iteration k, in one run: `top` holds the arrays as
    iteration k starts (its weights), `namespace` everything after it, as after(name, k + 1)
    holds them."""
    return _iteration(name, k)
