"""Fresh, independent runs of the three programs, for checking the explorer's numbers.

The explorer's data comes from hooks/listing_traces.py (the trace runner the figures use) and
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

from nn11site.listings import LISTINGS


@functools.lru_cache(maxsize=16)
def _run(name, iterations):
    path = LISTINGS[name].path
    source = path.read_text(encoding="utf-8")
    loop = next(node for node in ast.parse(source).body if isinstance(node, ast.For))
    source = "\n".join(source.splitlines()[:loop.end_lineno]) + "\n"
    source, found = re.subn(r"\brange\(\d+\)", f"range({iterations})", source)
    assert found == 1, f"{path}: expected one training loop"
    namespace = {"__name__": "__main__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, str(path), "exec"), namespace)  # noqa: S102
    return namespace, printed.getvalue()


def after(name, iterations):
    """(namespace, printed) after the loop ran `iterations` times: iteration k's values are
    after(name, k + 1); the weights at the top of iteration k are after(name, k)'s."""
    return _run(name, iterations)
