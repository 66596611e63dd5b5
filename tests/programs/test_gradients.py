"""Every update line is one step of gradient descent, checked against finite differences.

The oracle below shares no code with the programs: its sigmoid is written with tanh and its
gradient comes from nudging one weight at a time, so a wrong sign, slope or transpose in a
listing cannot hide behind the same mistake in the check.
"""
import numpy as np
import pytest

from nn11site.listings import LISTINGS
from nn11site.traces import trace


def sigmoid(z):
    return 0.5 * (1 + np.tanh(z / 2))


def squared_error(X, y, weights):
    """1/2 * sum((y - out)**2) for a chain of sigmoid layers."""
    out = X
    for w in weights:
        out = sigmoid(out @ w)
    return 0.5 * np.sum((y - out) ** 2)


def numerical_gradient(X, y, weights, h=1e-6):
    grads = []
    for k, w in enumerate(weights):
        grad = np.zeros_like(w)
        for index in np.ndindex(w.shape):
            nudged = [v.copy() for v in weights]
            nudged[k][index] += h
            up = squared_error(X, y, nudged)
            nudged[k][index] -= 2 * h
            down = squared_error(X, y, nudged)
            grad[index] = (up - down) / (2 * h)
        grads.append(grad)
    return grads


@pytest.mark.parametrize("name", sorted(LISTINGS))
@pytest.mark.parametrize("iteration", [0, 1, 250])
def test_update_is_gradient_step(name, iteration):
    """W_after - W_before == -dE/dW: a step of size 1 down the squared error."""
    run = trace(LISTINGS[name].path, steps=iteration + 1, at={iteration})
    before, after = run.before
    names = LISTINGS[name].weights
    grads = numerical_gradient(before["X"], before["y"], [before[n] for n in names])
    for weight, grad in zip(names, grads, strict=True):
        step = after[weight] - before[weight]
        assert np.allclose(step, -grad, rtol=1e-5, atol=1e-10), weight
        assert np.abs(step).max() > 1e-6, f"{weight} did not move: nothing was checked"


@pytest.mark.parametrize("name", ["part1", "part2"])
def test_nonlin_deriv_takes_the_output(name):
    """nonlin(out, True) is the sigmoid's slope at the INPUT that produced out."""
    nonlin = trace(LISTINGS[name].path, steps=1, at=set()).namespace["nonlin"]
    x = np.linspace(-6, 6, 49)
    h = 1e-6
    numerical_slope = (sigmoid(x + h) - sigmoid(x - h)) / (2 * h)
    assert np.allclose(nonlin(x), sigmoid(x), rtol=1e-12, atol=1e-15)
    assert np.allclose(nonlin(nonlin(x), True), numerical_slope, rtol=1e-6, atol=1e-12)
    # fed the input instead, the same call gives something that is not a slope at all
    assert not np.allclose(nonlin(x, True), numerical_slope, atol=1e-2)


@pytest.mark.parametrize("iteration", [0, 9])
def test_line39_sums_per_example_updates(iteration):
    """np.dot(l0.T, l1_delta) is every example's input-times-delta, added up."""
    run = trace(LISTINGS["part1"].path, steps=iteration + 1, at={iteration})
    before, after = run.before
    l0, l1_delta = after["l0"], after["l1_delta"]
    per_example = [np.outer(l0[i], l1_delta[i]) for i in range(len(l0))]
    assert np.allclose(after["syn0"] - before["syn0"], sum(per_example), rtol=1e-12, atol=0)


def test_line39_sums_per_example_updates_at_every_iteration():
    """The same, at all 10,000 iterations of the run (the claims page's "line 39 adds up")."""
    run = trace(LISTINGS["part1"].path, names=["syn0", "l0", "l1_delta"])
    syn0 = run.series("syn0")            # before each iteration, then after the last
    l0, l1_delta = run.computed("l0"), run.computed("l1_delta")
    assert len(syn0) == 10001 and len(l1_delta) == 10000
    # each example's input times its delta (an outer product per iteration), added one by one
    per_example = sum(np.einsum("ki,kj->kij", l0[:, r], l1_delta[:, r]) for r in range(4))
    updates = np.diff(syn0, axis=0)
    # the two sums may round differently in the last bits, never more
    assert np.abs(updates - per_example).max() < 1e-12


def test_no_hidden_layer_stays_at_half():
    """The Part 1 network, given Part 2's targets, learns nothing: every output is 0.5."""
    xor_targets = {16: "y = np.array([[0,1,1,0]]).T"}
    run = trace(LISTINGS["part1"].path, replace=xor_targets, at=set())
    namespace, printed = run.namespace, run.printed
    assert namespace["y"].ravel().tolist() == [0, 1, 1, 0]
    assert np.allclose(namespace["l1"], 0.5, atol=1e-9)
    assert np.allclose(namespace["syn0"], 0, atol=1e-9)
    assert printed.split()[-4:] == ["[[0.5]", "[0.5]", "[0.5]", "[0.5]]"]


def test_nn11_computes_exactly_what_part2_computes():
    # only the end is compared, so no iteration is kept on the way
    compact = trace(LISTINGS["nn11"].path, at=set()).namespace
    listing = trace(LISTINGS["part2"].path, at=set()).namespace
    for name in ["syn0", "syn1", "l1", "l2", "l1_delta", "l2_delta"]:
        assert np.array_equal(compact[name], listing[name]), name
