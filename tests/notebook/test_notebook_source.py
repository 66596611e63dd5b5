"""The notebook is generated, and its code is the listings' code: nothing can drift.

docs/notebook.ipynb is written by tools/build_notebook.py from notebook/nn11.md and the
listings. These tests do not trust the generator: they read the committed notebook and
compare its code cells with the listing files directly.
"""
import nbformat
import pytest
from notebook_files import ORDER, listing_text, owner
from worker_groups import one_worker

from nn11site import notebook as generator
from nn11site.notebook import NOTEBOOK

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)


@pytest.fixture(scope="module")
def notebook():
    return nbformat.read(NOTEBOOK, as_version=4)


def code_cells(notebook):
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


def non_blank(text):
    return [line for line in text.splitlines() if line.strip()]


def test_committed_notebook_is_what_the_generator_writes_today():
    # regenerate in memory and diff: a stale notebook (a listing or the prose changed since
    # it was last written) fails here; the fix is `python tools/build_notebook.py`
    written = generator.build(generator.SOURCE.read_text(encoding="utf-8"))
    assert NOTEBOOK.read_text(encoding="utf-8") == written, \
        "docs/notebook.ipynb is stale: run python tools/build_notebook.py"


def test_notebook_is_valid_and_has_no_outputs(notebook):
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert notebook.metadata.kernelspec.language == "python"


def test_every_code_cell_is_a_contiguous_piece_of_one_listing(notebook):
    for source in code_cells(notebook):
        assert owner(source) is not None, f"not a verbatim piece of one listing:\n{source}"


def test_code_cells_are_the_three_listings_whole_and_in_order(notebook):
    # every non-blank line of part1.py, part2.py and nn11.py, in order, and nothing else:
    # only the blank lines between two cells may be left out
    cells = code_cells(notebook)
    positions = [ORDER.index(owner(source)) for source in cells]
    assert positions == sorted(positions), "the listings' cells are not in story order"
    shown = [line for source in cells for line in non_blank(source)]
    listed = [line for name in ORDER for line in non_blank(listing_text(name))]
    assert shown == listed


def test_no_code_in_the_notebook_prose(notebook):
    # code belongs in the generated code cells; a fenced block in a Markdown cell would be
    # code that no test runs
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            assert "```" not in cell.source
