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

from nn11site.paths import DOCS, LISTINGS_DIR, ROOT

SOURCE = ROOT / "notebook" / "nn11.md"
NOTEBOOK = DOCS / "notebook.ipynb"
# where a listing named in the source is looked up, as pymdownx.snippets does (mkdocs.yml)
LISTING_DIRS = [LISTINGS_DIR, ROOT]

LISTING = re.compile(r"^<!-- listing: (?P<file>[\w.]+) (?P<first>\d+)-(?P<last>\d+) -->$")
HEADER = re.compile(r"\A<!--\n.*?\n-->\n", re.S)


def listing_path(name):
    for folder in LISTING_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{SOURCE.name}: no listing {name!r} in {LISTING_DIRS}")


def listing_lines(name, first, last):
    lines = listing_path(name).read_text(encoding="utf-8").splitlines()
    if not 1 <= first <= last <= len(lines):
        raise ValueError(f"{name} has {len(lines)} lines, not {first}-{last}")
    chosen = lines[first - 1:last]
    if not chosen[0].strip() or not chosen[-1].strip():
        raise ValueError(f"{name} {first}-{last} starts or ends on a blank line")
    return "\n".join(chosen)


def cells(source):
    """(kind, text, listing) for each cell, in order; listing is (file, first, last) or None."""
    text = HEADER.sub("", source, count=1)
    prose = []
    for line in text.splitlines():
        m = LISTING.match(line)
        if not m:
            if line.startswith("#") and "\n".join(prose).strip():
                # a heading starts a Markdown cell of its own
                yield "markdown", "\n".join(prose).strip(), None
                prose = []
            prose.append(line)
            continue
        if "\n".join(prose).strip():
            yield "markdown", "\n".join(prose).strip(), None
        prose = []
        where = (m["file"], int(m["first"]), int(m["last"]))
        yield "code", listing_lines(*where), where
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
            name, first, last = where
            cell_id = f"{name.removesuffix('.py')}-lines-{first}-{last}"
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
