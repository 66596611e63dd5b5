"""The notebook runs top to bottom in a fresh kernel and prints exactly what the listings print.

This is what a reader who downloads the notebook gets: no state from an earlier run, a
working directory of its own (the notebook reads no file), and the cells run in order.
"""
import nbformat
import pytest
from nbclient import NotebookClient
from notebook_files import ORDER, expected_output, owner
from worker_groups import one_worker

from nn11site.notebook import NOTEBOOK

# starts a Jupyter kernel and runs all three programs in it
# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = [pytest.mark.slow, one_worker(__name__)]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    workdir = tmp_path_factory.mktemp("fresh")
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            allow_errors=False, resources={"metadata": {"path": str(workdir)}})
    client.execute()   # raises CellExecutionError on the first failing cell
    return notebook


def test_every_code_cell_ran_in_order(executed):
    counts = [cell.execution_count for cell in executed.cells if cell.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))


def test_cells_print_text_only(executed):
    for cell in executed.cells:
        for output in cell.get("outputs", []):
            assert output.output_type == "stream" and output.name == "stdout", output


@pytest.mark.parametrize("name", ORDER)
def test_each_listing_prints_in_the_notebook_what_it_prints_as_a_script(executed, name):
    printed = "".join(output.text
                      for cell in executed.cells if cell.cell_type == "code"
                      and owner(cell.source) == name
                      for output in cell.outputs)
    assert printed == expected_output(name)
