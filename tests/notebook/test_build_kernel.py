"""The kernel that executes the notebook during the build runs quietly and encrypted.

Unconfigured, the kernel mkdocs-jupyter starts talks to the build in plain text over local TCP
and says so in a warning at every build: the first thing a newcomer's `mkdocs serve` printed.
The nn11 plugin (nn11site/notebook_page.py) points Jupyter at nn11site/jupyter_config/, which has the kernel
manager hand the kernel CurveZMQ keys. This runs a one-cell notebook through mkdocs-jupyter's
own converter, as the build does, and reads everything the kernel printed (its file
descriptors are the test's, captured by capfd).
"""
import nbformat
import pytest
from mkdocs_jupyter.nbconvert2 import nb2html

from nn11site import notebook_page

# starts a Jupyter kernel
pytestmark = pytest.mark.slow

WARNING = "without encryption"


@pytest.fixture
def one_cell_notebook(tmp_path):
    path = tmp_path / "one.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, path)
    return path


def test_the_builds_kernel_prints_no_warning_and_runs_the_cell(one_cell_notebook, monkeypatch, capfd):
    monkeypatch.delenv("JUPYTER_CONFIG_PATH", raising=False)
    notebook_page.use_encrypted_kernel()
    page = nb2html(str(one_cell_notebook), execute=True, kernel_name="python3", allow_errors=False)
    printed = capfd.readouterr()
    assert "42" in page
    assert WARNING not in printed.err + printed.out
