"""The data tables on the Part 1 and Part 2 pages show the listings' own X and y, in X's order.

The original's first table listed the rows in another order than its code; the site's tables
must not drift from the code in any way: same rows, same order, same targets.
"""
import re

import numpy as np
import pytest

from nn11site.listings import LISTINGS
from nn11site.paths import DOCS
from nn11site.traces import trace

HEADER = re.compile(r"^\|\s*Row of `X`\s*\|")


def data_table(page):
    """The rows of the page's table headed `Row of X`, as lists of ints (header and rule dropped)."""
    lines = (DOCS / page).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if HEADER.match(line))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([int(cell.strip()) for cell in line.strip().strip("|").split("|")])
    return rows


def listing_data(name):
    # one iteration is enough: X and y are defined before the loop and never change
    namespace = trace(LISTINGS[name].path, steps=1, at=set()).namespace
    return namespace["X"], namespace["y"]


@pytest.mark.parametrize(("page", "name"), [("part1.md", "part1"), ("part2.md", "part2")])
def test_data_table_equals_the_listings_X_and_y(page, name):
    rows = data_table(page)
    X, y = listing_data(name)
    assert [row[0] for row in rows] == list(range(1, len(X) + 1)), "rows numbered 1, 2, 3, 4"
    table = np.array([row[1:] for row in rows])
    assert table.shape == (X.shape[0], X.shape[1] + y.shape[1])
    assert np.array_equal(table[:, :X.shape[1]], X), "the inputs, in X's row order"
    assert np.array_equal(table[:, X.shape[1]:], y), "the targets, row by row"


def test_the_two_pages_share_the_inputs_and_differ_in_the_targets():
    part1, part2 = data_table("part1.md"), data_table("part2.md")
    assert [row[:4] for row in part1] == [row[:4] for row in part2]
    assert [row[4] for row in part1] != [row[4] for row in part2]
