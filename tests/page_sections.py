"""Sections of the site's pages and what their snippets print, as the tests that hold the
prose to the numbers read them."""
import re

from nn11site.paths import DOCS

OUTPUT = re.compile(r"``` \{ \.text \.no-copy \.output \}\n(.*?)```", re.S)


def section_of(page, anchor):
    """The Markdown of the section `{ #anchor }` of a page, up to the next heading as deep
    (a `# comment` inside a code block is no heading)."""
    lines = (DOCS / page).read_text(encoding="utf-8").splitlines(keepends=True)
    fence, start, depth = None, None, None
    for number, line in enumerate(lines):
        opening = re.match(r"\s*(```+)", line)
        if fence is None and opening:
            fence = opening.group(1)
        elif fence is not None and line.strip() == fence:
            fence = None
        elif fence is None:
            heading = re.match(r"(#+) ", line)
            if heading and start is None and line.rstrip().endswith(f"{{ #{anchor} }}"):
                start, depth = number, len(heading.group(1))
            elif heading and start is not None and len(heading.group(1)) <= depth:
                return "".join(lines[start:number])
    assert start is not None, f"{page} has no section #{anchor}"
    return "".join(lines[start:])


def printed_after(section, marker):
    """The output block under the snippet whose output starts with `marker`, dedented (an
    answer's output is indented with its block)."""
    for output in OUTPUT.findall(section):
        lines = output.rstrip(" ").splitlines()
        indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
        output = "\n".join(line[indent:] for line in lines) + "\n"
        if output.startswith(marker):
            return output
    raise AssertionError(f"no output starting {marker!r} in this section")


def prose(section):
    """The section's text outside its code blocks (snippets and outputs), lines joined."""
    text = re.sub(r"^( *)```.*?^\1```$", "", section, flags=re.S | re.M)
    return " ".join(text.split())
