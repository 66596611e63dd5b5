"""The notebook, docs/notebook.ipynb, generated from notebook/nn11.md and the listings.

The notebook is generated, never edited: its prose comes from notebook/nn11.md and each of
its code cells is a range of lines of a listing, copied exactly. So the notebook cannot drift
from the programs the site explains, and tests/notebook checks that the committed notebook is
what this script writes today.

    python tools/build_notebook.py           # rewrite docs/notebook.ipynb
    python tools/build_notebook.py --check   # exit 1 if the committed notebook is stale

(tools/build_notebook.py is the command; this module is what it and the tests share.)

The notebook is written without outputs: the site executes it at build time (mkdocs-jupyter,
execute: true) and the test suite executes it in a fresh kernel.
"""
import re

import nbformat

from nn11site.listings import LISTINGS
from nn11site.paths import DOCS, ROOT
from nn11site.render import grammar

SOURCE = ROOT / "notebook" / "nn11.md"
NOTEBOOK = DOCS / "notebook.ipynb"

HEADER = re.compile(r"\A<!--\n.*?\n-->\n", re.S)


def excerpt(line, number):
    """The excerpt a ```nn11 line asks for (the notebook's cells are excerpts, nothing else)."""
    try:
        embed = grammar.parse(grammar.read_options(grammar.OPENING.match(line)["options"]))
    except grammar.GrammarError as fault:
        raise grammar.GrammarError(f"{SOURCE.name}, line {number}: {fault}") from None
    if embed.kind != "excerpt":
        raise grammar.GrammarError(f"{SOURCE.name}, line {number}: a cell is an excerpt, not a {embed.kind}")
    return embed


def listing_lines(embed):
    chosen = LISTINGS[embed.name].lines()[embed.first - 1:embed.last]
    if not chosen[0].strip() or not chosen[-1].strip():
        raise ValueError(f"{embed.name} {embed.first}-{embed.last} starts or ends on a blank line")
    return "\n".join(chosen)


def cells(source):
    """(kind, text, excerpt) for each cell, in order; excerpt is an Embed or None."""
    text = HEADER.sub("", source, count=1)
    offset = source.count("\n", 0, len(source) - len(text))
    prose = []
    lines = iter(enumerate(text.splitlines(), offset + 1))
    for number, line in lines:
        if not grammar.OPENING.match(line):
            if line.startswith("#") and "\n".join(prose).strip():
                # a heading starts a Markdown cell of its own
                yield "markdown", "\n".join(prose).strip(), None
                prose = []
            prose.append(line)
            continue
        next(lines)     # the block's closing fence
        if "\n".join(prose).strip():
            yield "markdown", "\n".join(prose).strip(), None
        prose = []
        embed = excerpt(line, number)
        yield "code", listing_lines(embed), embed
    if "\n".join(prose).strip():
        yield "markdown", "\n".join(prose).strip(), None


def build(source_text):
    """The notebook as the exact text written to docs/notebook.ipynb."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    counts = {"markdown": 0, "code": 0}
    for kind, text, where in cells(source_text):
        counts[kind] += 1
        if kind == "markdown":
            # stable ids, so that regenerating an unchanged source changes nothing
            nb.cells.append(nbformat.v4.new_markdown_cell(text, id=f"text-{counts[kind]}"))
        else:
            cell_id = f"{where.name}-lines-{where.first}-{where.last}"
            nb.cells.append(nbformat.v4.new_code_cell(text, id=cell_id))
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def main(argv):
    new = build(SOURCE.read_text(encoding="utf-8"))
    old = NOTEBOOK.read_text(encoding="utf-8") if NOTEBOOK.is_file() else None
    if "--check" in argv:
        if new != old:
            print(f"{NOTEBOOK.relative_to(ROOT)} is stale: run python tools/build_notebook.py")
            return 1
        return 0
    if new != old:
        NOTEBOOK.write_text(new, encoding="utf-8")
        print(f"wrote {NOTEBOOK.relative_to(ROOT)}")
    return 0
