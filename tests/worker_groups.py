"""Which tests pytest-xdist must send to one worker together (`--dist loadgroup`).

A fixture scoped to a module is made once for the tests of that module that a worker runs: a
module's tests split between two workers make it twice. The costly ones are a page loaded in
Chromium (test_pages.py, test_explorer.py, test_walkthrough.py, ...), a site built again
(test_notebook_links.py), a notebook run in a fresh kernel (test_notebook_runs.py). So a module
whose tests share such a fixture says so with a mark of its own, `pytestmark =
one_worker(__name__)`; where the fixture is parametrized (a page of the nav), each value is a
group of its own (`one_worker_each`), and the values are shared out between the workers.
Tests that share nothing wider than themselves (every Markdown snippet, say) carry no mark
and are shared out one by one. tests/test_xdist_groups.py proves, in a small suite of its own,
that xdist keeps every group on one worker.
"""
import pytest


def one_worker(module):
    """The mark for a module whose tests share a module fixture."""
    return pytest.mark.xdist_group(module.rpartition(".")[2])


def one_worker_each(module, values, ids):
    """A parametrized module fixture's params: the tests of each value on one worker. (xdist
    reads a group only after the node id's last "]", so the name holds no brackets.)"""
    group = module.rpartition(".")[2]
    return [pytest.param(value, id=ids(value), marks=pytest.mark.xdist_group(f"{group}:{ids(value)}"))
            for value in values]
