"""Rewrite every expected-output block in the docs and the README from what its code prints.

A page shows output like this:

    ```python
    print(1 + 1)
    ```

    <!--pytest-codeblocks:expected-output-->
    ``` { .text .output }
    2
    ```

The test suite (pytest-codeblocks) fails when the second block differs from what the first
prints. After changing a snippet, run `python tools/write_outputs.py` to refresh the blocks,
then read the diff: it is the change the reader will see. Code runs exactly as the tests run
it: each block alone, in a fresh namespace, from the repository root.
"""
import contextlib
import io
import re
import sys
import textwrap
from pathlib import Path

from nn11site.paths import DOCS, ROOT

MARK = "<!--pytest-codeblocks:expected-output-->"
# A pair may be indented as a whole (an answer inside a collapsed `??? ` block): the code runs
# dedented, and what it prints is written back at the same indentation.
PAIR = re.compile(
    r"(?P<code_fence>^(?P<indent>[ ]*)```python\n)(?P<code>.*?)^(?P=indent)```\n"
    r"(?P<between>\s*" + re.escape(MARK) + r"\n)"
    r"(?P<out_open>^(?P=indent)```[^\n]*\n)(?P<output>.*?)(?P<out_close>^(?P=indent)```$)",
    re.S | re.M)


def printed_by(code):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(code, "<snippet>", "exec"), {"__MODULE__": "__main__"})
    return buffer.getvalue()


def refresh(text):
    def replace(m):
        indent = m.group("indent")
        printed = printed_by(textwrap.dedent(m.group("code")))
        printed = textwrap.indent(printed, indent, lambda line: line.strip() != "")
        return (m.group("code_fence") + m.group("code") + indent + "```\n" + m.group("between")
                + m.group("out_open") + printed + m.group("out_close"))
    return PAIR.sub(replace, text)


def main(paths):
    targets = [Path(p).resolve() for p in paths] or [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]
    for path in targets:
        old = path.read_text(encoding="utf-8")
        new = refresh(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"updated {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
