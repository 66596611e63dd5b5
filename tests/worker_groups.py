"""Which tests pytest-xdist must send to one worker together (`--dist loadgroup`).

A fixture scoped to a module (or class, or package) is made once for the tests of that module
that a worker runs: a module's tests split between two workers make it twice. The costly ones
are a page loaded in Chromium (test_pages.py, test_explorer.py, test_walkthrough.py), a site
built again (test_notebook_links.py), a notebook run in a fresh kernel (test_notebook_runs.py).
So the tests that share such a fixture go to one worker; where the fixture is parametrized (a
page of the nav), each value is a group of its own, and the values are shared out between the
workers. Session fixtures are made once per worker whatever happens, and the tests that use
nothing wider than themselves (every Markdown snippet, the reruns without AVX-512) are shared
out one by one.

tests/conftest.py marks the groups; tests/test_xdist_groups.py proves, in a small suite of its
own, that xdist keeps every group on one worker.
"""
import pytest

SHARED = {"module", "class", "package"}


def group_of(item):
    """'<module>[:<value>...]' for a test that shares a fixture with others of its module,
    None for a test that does not. xdist reads a group only after the node id's last "]",
    so the name holds no brackets."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:  # not a Python test function (a Markdown snippet, say)
        return None
    shared = [name for name, defs in info.name2fixturedefs.items()
              if defs and str(getattr(defs[-1].scope, "value", defs[-1].scope)) in SHARED]
    if not shared:
        return None
    params = getattr(getattr(item, "callspec", None), "params", {})
    values = sorted({str(params[name]) for name in shared if name in params})
    return ":".join([item.path.stem, *values])


def mark_groups(items):
    for item in items:
        group = group_of(item)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))
