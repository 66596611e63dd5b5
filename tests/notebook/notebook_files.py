"""Where the notebook lives, and its generator loaded as a module."""
import importlib.util

from listings import PROGRAMS, ROOT

NOTEBOOK = ROOT / "docs" / "notebook.ipynb"
GENERATOR = ROOT / "tools" / "build_notebook.py"
# the notebook tells the story in this order
ORDER = ["part1", "part2", "nn11"]


def generator():
    spec = importlib.util.spec_from_file_location("build_notebook", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def listing_text(name):
    program, _ = PROGRAMS[name]
    return program.read_text(encoding="utf-8")


def expected_output(name):
    _, out = PROGRAMS[name]
    return out.read_text(encoding="utf-8")


def owner(cell_source):
    """Which listing a code cell is a verbatim, contiguous piece of (None if none)."""
    owners = [name for name in ORDER if cell_source in listing_text(name)]
    return owners[0] if len(owners) == 1 else None
