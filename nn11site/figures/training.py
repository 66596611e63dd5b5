"""What training does, run by run: the error curves of Parts 1 and 2, Part 1's guesses
before and after, and its weights as they change."""
import numpy as np
from matplotlib.ticker import FuncFormatter, NullFormatter

from nn11site.figures.drawing import count, figure, iteration_axis, mean_abs, new_figure, number, plain_numbers
from nn11site.figures.svg import FG, MUTED, S1, S2, S3


def error_figure(errors, checkpoints, program):
    iterations = np.arange(len(errors))
    fig, (ax,) = new_figure(height=3.0)
    ax.plot(iterations, errors, color=S1)
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(plain_numbers))
    ax.yaxis.set_minor_formatter(NullFormatter())
    iteration_axis(ax, len(errors) - 1)
    ax.set_ylabel("mean absolute error")
    values = {k: float(errors[k]) for k in checkpoints}
    # the dots at the first and last iterations sit on the frame: draw them whole
    ax.plot(list(values), list(values.values()), "o", color=S2, markersize=4, clip_on=False)
    listed = ", ".join(f"{number(v)} at iteration {count(k)}" for k, v in values.items())
    falls = bool(np.all(np.diff(errors) <= 0))
    alt = (f"Line chart of {program}'s mean absolute error at each of its "
           f"{count(len(errors))} iterations, both axes on a logarithmic scale: {listed}."
           + (" It never rises: fast at first, then ever more slowly." if falls else ""))
    return fig, alt


@figure("error-part1")
def error_part1_figure(runs):
    errors = mean_abs(runs.part1.computed("l1_error"))
    fig, alt = error_figure(errors, (0, 100, 1000, len(errors) - 1), "Part 1")
    caption = ("Part 1's mean absolute error at every iteration; the dots mark iterations 0, "
               "100, 1,000 and 9,999, as in the table above.")
    return fig, alt, caption


@figure("error-part2")
def error_part2_figure(runs):
    errors = mean_abs(runs.part2.computed("l2_error"))
    checkpoints = tuple(range(0, len(errors), 10000)) + (len(errors) - 1,)
    fig, alt = error_figure(errors, checkpoints, "Part 2")
    caption = ("Part 2's mean absolute error. The dots mark the six values the listing "
               "prints, one every 10,000 iterations, and the last iteration's.")
    return fig, alt, caption


@figure("guesses")
def guesses_figure(runs):
    guesses = runs.part1.computed("l1")[:, :, 0]
    first, last = guesses[0], guesses[-1]
    targets = runs.part1.namespace["y"][:, 0]
    fig, axes = new_figure(width=5.6, height=2.9, columns=2)
    rows = np.arange(1, 5)
    for ax, values, title, colour in zip(axes, (first, last),
                                         ("after the first iteration", "after the last"),
                                         (S2, S1), strict=True):
        ax.bar(rows, values, color=colour, width=0.6, label="guess")
        ax.plot(rows, targets, "o", color=FG, markerfacecolor="none", markersize=7,
                markeredgewidth=1.5, label="target", clip_on=False)
        for row, guess, target in zip(rows, values, targets, strict=True):
            # above the bar, or above the target's circle when the two nearly meet
            top = max(guess, target) if abs(guess - target) < 0.1 else guess
            ax.annotate(f"{guess:.4f}", (row, top), xytext=(0, 7),
                        textcoords="offset points", ha="center", fontsize=10, color=FG)
        ax.set_title(f"l1 {title}")
        ax.set_xticks(rows)
        ax.set_xlabel("example (row of X)")
        ax.set_ylim(0, 1.22)
        ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1])
        ax.grid(axis="x", visible=False)
    axes[0].set_ylabel("guess")
    axes[0].legend(loc="upper left", fontsize=10)
    alt = ("Two bar charts side by side of Part 1's four guesses, l1, one bar per example, "
           "with each example's target (0, 0, 1, 1) marked by a circle. After the first "
           "iteration the guesses are " + ", ".join(number(g) for g in first)
           + ", all between 0.2 and 0.4; after the last they are "
           + ", ".join(number(g) for g in last) + ", each close to its target.")
    caption = "Part 1's guesses after the first and after the last of its 10,000 iterations."
    return fig, alt, caption


@figure("weights")
def weights_figure(runs):
    weights = runs.part1.series("syn0")[:, :, 0]
    iterations = np.arange(len(weights))
    fig, (ax,) = new_figure(height=3.2)
    for column, colour in enumerate((S1, S2, S3)):
        ax.plot(iterations, weights[:, column], color=colour, label=f"weight {column + 1}")
    iteration_axis(ax, len(weights) - 1)
    ax.axhline(0, color=MUTED, linewidth=0.8)
    ax.set_ylabel("syn0")
    ax.legend(loc="upper left")
    start, end = weights[0], weights[-1]
    only_grows = bool(np.all(np.diff(weights[:, 0]) > 0))
    parts = [f"weight {c + 1} goes from {number(start[c])} to {number(end[c])}" for c in range(3)]
    alt = ("Line chart of Part 1's three weights, syn0, from before the first iteration to "
           f"after the last ({count(len(weights) - 1)} iterations, on a logarithmic scale): "
           + "; ".join(parts) + "."
           + (" The first weight grows at every iteration." if only_grows else ""))
    caption = "Part 1's three weights as training goes on."
    return fig, alt, caption
