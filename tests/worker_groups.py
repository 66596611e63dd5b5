"""Which tests pytest-xdist must send to one worker together (`--dist loadgroup`).

A browser test that looks at a page shares that page's load with the module's other tests of
the same page (module-scoped fixtures): they belong on one worker, and the pages are shared
out between the workers. tests/conftest.py marks them; tests/test_xdist_groups.py proves, in
a small suite of its own, that xdist keeps every group on one worker.
"""
import pytest

# the parameters that say how a page is looked at, not which page it is
VIEWS = ("scheme", "viewport")


def group_of(item):
    """'<module>:<page>...' for a browser test, None for any other. xdist reads a group only
    after the node id's last "]", so the name holds no brackets."""
    if "browser" not in getattr(item, "fixturenames", ()):
        return None
    params = getattr(getattr(item, "callspec", None), "params", {})
    pages = sorted({str(value) for name, value in params.items() if name not in VIEWS})
    return ":".join([item.path.stem, *pages])


def mark_groups(items):
    for item in items:
        group = group_of(item)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))
