"""Sections of the site's pages and what their snippets print, as the tests that hold the
prose to the numbers read them."""
import re

from nn11site.paths import DOCS

OUTPUT = re.compile(r"``` \{ \.text \.no-copy \.output \}\n(.*?)```", re.S)


def section_of(page, anchor):
    """The Markdown of the section `{ #anchor }` of a page, up to the next heading as deep."""
    text = (DOCS / page).read_text(encoding="utf-8")
    m = re.search(rf"^(#+) .*\{{ #{anchor} \}}$", text, re.M)
    assert m, f"{page} has no section #{anchor}"
    end = re.compile(rf"^#{{1,{len(m.group(1))}}} ", re.M).search(text, m.end())
    return text[m.start():end.start() if end else len(text)]


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
