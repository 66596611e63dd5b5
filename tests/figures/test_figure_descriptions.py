"""Every number a figure's description states is true, checked without the figure code.

The descriptions (alt text) are written by hooks/figures.py from the data it plots. Here each
number is recomputed independently: from the sigmoid's formula, from the listings' committed
outputs (docs/listings/*.out), or from a step-through of the programs (nn11site.traces).
A description must state exactly these numbers, in this order, and no other.
"""
import re

import numpy as np
import pytest

from nn11site.listings import LISTINGS
from nn11site.traces import trace

FOUR_PLACES = re.compile(r"−?\d+\.\d{4}\b")


def stated(alt):
    """The four-decimal numbers a description states, as written (with a real minus sign)."""
    return FOUR_PLACES.findall(alt)


def written(values):
    return [f"{v:.4f}".replace("-", "−") for v in values]


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


@pytest.fixture(scope="module")
def part1_run():
    run = trace(LISTINGS["part1"].path)
    return run.before, run.namespace


def printed_l1(name):
    # the last four numbers a listing prints: its final predictions
    return [float(v) for v in re.findall(r"\d+\.\d+", LISTINGS[name].output.read_text())[-4:]]


def test_sigmoid(drawn):
    alt = drawn["sigmoid"].alt
    assert stated(alt) == written([sigmoid(-6.0), sigmoid(6.0)])
    assert "0.5 at x = 0" in alt


def test_slopes(drawn):
    expected = []
    for x in (-1.0, 0.0, 2.0):
        step = 1e-6
        measured = (sigmoid(x + step) - sigmoid(x - step)) / (2 * step)   # no nonlin, no out*(1-out)
        expected += [sigmoid(x), measured]
    alt = drawn["slopes"].alt
    assert stated(alt) == written(expected)
    assert "The tangent at x = 0 is the steepest" in alt


def test_error_part1(drawn, part1_run):
    snapshots, _ = part1_run
    # the error iteration k computed is in the snapshot taken at the top of iteration k + 1
    errors = {k: np.mean(np.abs(snapshots[k + 1]["l1_error"])) for k in (0, 100, 1000, 9999)}
    alt = drawn["error-part1"].alt
    assert stated(alt) == written(errors.values())
    assert "at iteration 9,999" in alt and "10,000 iterations" in alt


def test_error_part2(drawn):
    printed = [float(v) for v in re.findall(r"^Error:(\S+)$", LISTINGS["part2"].output.read_text(),
                                            re.M)]
    # the last iteration's error is y - l2 of that iteration: the l2 the listing prints last
    l2 = np.array(printed_l1("part2")).reshape(4, 1)
    y = np.array([[0], [1], [1], [0]])
    alt = drawn["error-part2"].alt
    assert stated(alt) == written(printed + [np.mean(np.abs(y - l2))])
    for k in range(0, 60000, 10000):
        assert f"at iteration {k:,}" in alt


def test_guesses(drawn, part1_run):
    snapshots, _ = part1_run
    first = snapshots[1]["l1"].ravel()
    alt = drawn["guesses"].alt
    assert stated(alt) == written(list(first) + printed_l1("part1"))


def test_weights(drawn, part1_run):
    snapshots, _ = part1_run
    np.random.seed(1)
    start = (2 * np.random.random((3, 1)) - 1).ravel()
    end = snapshots[-1]["syn0"].ravel()
    alt = drawn["weights"].alt
    assert stated(alt) == written([v for pair in zip(start, end, strict=True) for v in pair])
    first_weight = np.array([s["syn0"][0, 0] for s in snapshots])
    assert np.all(np.diff(first_weight) > 0)
    assert "The first weight grows at every iteration." in alt
