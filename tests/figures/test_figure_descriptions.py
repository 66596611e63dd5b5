"""Every number a figure's description states is true, checked without the figure code.

The descriptions (alt text) are written by nn11site.figures from the data it plots. Here each
number is recomputed independently: from the sigmoid's formula, from the listings' committed
outputs (docs/listings/*.out), or from a step-through of the programs (nn11site.traces).
A description must state exactly these numbers, in this order, and no other.
"""
import re

import numpy as np
import pytest
from worker_groups import one_worker

from nn11site.listings import LISTINGS
from nn11site.traces import trace

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)

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
    # the first whole x at which float64 rounds the sigmoid to exactly 1
    assert sigmoid(36.0) < 1.0 == sigmoid(37.0)
    assert "in float64 it is exactly 1.0 from x = 37." in alt


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


# ---- the figures of line 39's step, XOR's square and the hidden nodes' correlation -------

DECIMALS = re.compile(r"−?\d+\.\d{2,}\b")


def stated_decimals(alt):
    """Every number a description writes with two decimals or more, as written."""
    return DECIMALS.findall(alt)


def written_with(values, places):
    return [f"{v:.{places}f}".replace("-", "−") for v in values]


def half_squared_error(weights):
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [0], [1], [1]])
    return 0.5 * np.sum((y - sigmoid(X @ weights)) ** 2)


def pearson(a, b):
    a, b = a - a.mean(), b - b.mean()
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))


@pytest.fixture(scope="module")
def eleven_lines_run():
    """nn11.py run to the end: the same network as Part 2's listing, written another way."""
    import contextlib
    import io
    namespace = {"__name__": "__main__"}
    path = LISTINGS["nn11"].path
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, namespace)
    return namespace


def test_downhill(drawn, part1_run):
    snapshots, _ = part1_run
    before, after = snapshots[0]["syn0"], snapshots[1]["syn0"]

    def error_at(value):
        weights = before.copy()
        weights[2, 0] = value
        return half_squared_error(weights)

    now = before[2, 0]
    step = 1e-5
    gradient = (error_at(now + step) - error_at(now - step)) / (2 * step)
    change = after[2, 0] - before[2, 0]
    # the figure's point: line 39's change is minus the gradient of the squared error
    assert abs(change + gradient) < 1e-6
    alt = drawn["downhill"].alt
    assert stated(alt) == written([now, error_at(now), gradient, change, now + change,
                                   error_at(now + change)])
    bottom = min(np.linspace(-2, 0.5, 2501), key=error_at)
    assert now < bottom and "valley's left side" in alt and "slope" not in alt


def test_xor_square(drawn, eleven_lines_run):
    # Part 1's listing on the XOR targets, run by the tests' own step-through
    run = trace(LISTINGS["part1"].path, ["syn0"], at=(),
                replace={16: "y = np.array([[0,1,1,0]]).T"})
    single = run.namespace["syn0"]
    syn0, syn1 = eleven_lines_run["syn0"], eleven_lines_run["syn1"]

    def part2_output(a, b):
        return float(sigmoid(sigmoid(np.array([a, b, 1]) @ syn0) @ syn1)[0])

    corners = [(0, 0), (0, 1), (1, 0), (1, 1)]
    # the sum is linear, so the output's extremes over the square are at its corners
    flat = [float(sigmoid(np.array([a, b, 1]) @ single)[0]) for a, b in corners]
    assert written([min(flat)]) == written([max(flat)]) == ["0.5000"]

    def crossing(along):
        t = np.linspace(0, 1, 100001)
        a, b = along(t)
        points = np.column_stack([a * np.ones_like(t), b * np.ones_like(t), np.ones_like(t)])
        values = sigmoid(sigmoid(points @ syn0) @ syn1)[:, 0] - 0.5
        (where,) = np.nonzero(np.diff(np.sign(values)))
        assert len(where) == 1, "the output crosses 0.5 once along each edge"
        return t[where[0]]

    edges = [lambda t: (t, 0), lambda t: (0, t), lambda t: (t, 1), lambda t: (1, t)]
    expected = (written([min(flat)]) + written([part2_output(a, b) for a, b in corners])
                + written_with([crossing(along) for along in edges], 2))
    assert stated_decimals(drawn["xor-square"].alt) == expected


def test_correlation(drawn, eleven_lines_run):
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([0, 1, 1, 0])
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    first_l1 = sigmoid(X @ syn0)
    first_l2 = sigmoid(first_l1 @ syn1)
    last_l1, last_l2 = eleven_lines_run["l1"], eleven_lines_run["l2"]
    start = [pearson(first_l1[:, n], y) for n in range(4)]
    end = [pearson(last_l1[:, n], y) for n in range(4)]
    pairs = [v for pair in zip(start, end, strict=True) for v in pair]
    output = [pearson(first_l2[:, 0], y), pearson(last_l2[:, 0], y)]
    alt = drawn["correlation"].alt
    assert stated_decimals(alt) == written_with(pairs + output, 2)
    assert all(abs(e) > abs(s) for s, e in zip(start, end, strict=True))
    assert "Every hidden node's correlation is further from zero at the end" in alt
