"""The site's figures, drawn with matplotlib from runs of the real listings.

Each drawing is registered once, with `@figure("name")`: that name is the one a page links
(`![](figures/name.svg)`), and nothing else lists the figures. A drawing takes the runs of the
listings (`Runs`, each made once, when a drawing first asks) and returns the matplotlib
figure, its description and its caption. The description is written from the very numbers the
drawing plots, so the two cannot disagree; tests/figures/ recomputes each of those numbers
without this code.
"""
from functools import cached_property

import matplotlib
import numpy as np
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

import listing_traces
from figure_svg import FG, GRID, MUTED, S1, S2, S3, Figure, render

RC = {
    "svg.fonttype": "none",          # text stays text: the page's font, selectable, small
    "font.size": 11,
    "axes.edgecolor": FG,
    "axes.labelcolor": FG,
    "axes.titlesize": 11,
    "axes.titlecolor": FG,
    "xtick.color": FG,
    "ytick.color": FG,
    "text.color": FG,
    "grid.color": GRID,
    "grid.linewidth": 0.6,
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "lines.linewidth": 2,
    "axes.axisbelow": True,
}

DRAWINGS = {}    # name -> drawing function, in the order they are registered


def figure(name):
    """Register a drawing under the name pages use for it."""
    def register(draw):
        if name in DRAWINGS:
            raise ValueError(f"two drawings are called {name!r}")
        DRAWINGS[name] = draw
        return draw
    return register


class Runs:
    """The listings' runs the drawings plot, each run once, when first needed."""

    @cached_property
    def part1(self):
        return listing_traces.part1()

    @cached_property
    def part2(self):
        return listing_traces.part2()

    @property
    def nonlin(self):
        return self.part1.namespace["nonlin"]


def build():
    """Every registered figure, drawn from fresh runs of the listings: {name: Figure}."""
    runs = Runs()
    figures = {}
    for name, draw in DRAWINGS.items():
        with matplotlib.rc_context(RC):
            fig, alt, caption = draw(runs)
            figures[name] = Figure(name, render(name, fig), alt, caption)
    return figures


# ---- helpers shared by the drawings ------------------------------------------------------

def number(value, digits=4):
    """A number as the alt texts write it: rounded, with a real minus sign."""
    text = f"{value:,.{digits}f}"
    return text.replace("-", "\N{MINUS SIGN}")


def count(value):
    return f"{value:,}"


def new_figure(width=4.8, height=3.2, columns=1):
    # called while the site's rc settings are on (build), so the axes take them
    fig = MplFigure(figsize=(width, height))
    axes = fig.subplots(1, columns, squeeze=False)[0]
    return fig, list(axes)


def plain_numbers(value, _position):
    # tick labels as a reader writes numbers: 1,000 and 0.01, not powers of ten
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def iteration_axis(ax, last):
    # 0 is drawn linearly, then powers of ten: the first iterations and the last both show
    ax.set_xscale("symlog", linthresh=1, linscale=0.5)
    ax.set_xlim(0, last * 1.05)
    powers = [10 ** p for p in range(len(str(last)) + 1) if 10 ** p <= last * 1.05]
    ax.xaxis.set_major_locator(FixedLocator([0] + powers))
    ax.xaxis.set_major_formatter(FuncFormatter(plain_numbers))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xlabel("iteration (log scale)")


def mean_abs(errors):
    return np.abs(errors).mean(axis=(1, 2))


# ---- Part 1 ------------------------------------------------------------------------------

@figure("sigmoid")
def sigmoid_figure(runs):
    nonlin = runs.nonlin
    x = np.linspace(-6, 6, 241)
    out = nonlin(x)
    fig, (ax,) = new_figure(height=3.0)
    ax.plot(x, out, color=S1)
    ax.axhline(0, color=MUTED, linewidth=0.8, linestyle="--")
    ax.axhline(1, color=MUTED, linewidth=0.8, linestyle="--")
    ax.plot([0], [nonlin(0.0)], "o", color=S2)
    ax.annotate("(0, 0.5)", (0, 0.5), xytext=(10, -4), textcoords="offset points", color=FG)
    ax.set_xlim(-6, 6)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("x")
    ax.set_ylabel("nonlin(x)")
    ends = {x0: float(nonlin(float(x0))) for x0 in (-6, 0, 6)}
    alt = (f"Line chart of the sigmoid, nonlin(x), for x from {number(-6, 0)} to 6: an S-shaped "
           f"curve rising from {number(ends[-6])} at x = {number(-6, 0)} through "
           f"{number(ends[0], 1)} at x = 0 to {number(ends[6])} at x = 6. It flattens towards "
           f"0 and 1 at the two ends but never reaches either.")
    caption = "The sigmoid of lines 4 to 7, drawn by the listing's own nonlin."
    return fig, alt, caption


@figure("slopes")
def slopes_figure(runs):
    nonlin = runs.nonlin
    x = np.linspace(-6, 6, 241)
    fig, (ax,) = new_figure(height=3.2)
    ax.plot(x, nonlin(x), color=S1, label="nonlin(x)")
    points = {}
    for x0, colour in zip((-1, 0, 2), (S2, S3, S2)):
        out = float(nonlin(float(x0)))
        slope = float(nonlin(out, True))
        points[x0] = (out, slope)
        span = np.linspace(x0 - 1.6, x0 + 1.6, 2)
        ax.plot(span, out + slope * (span - x0), color=colour, linewidth=1.4)
        ax.plot([x0], [out], "o", color=colour)
        ax.annotate(f"slope {slope:.4f}", (x0, out), xytext=(9, -15),
                    textcoords="offset points", color=FG, fontsize=10)
    ax.set_xlim(-6, 6)
    ax.set_ylim(-0.1, 1.1)
    ax.set_xlabel("x")
    ax.set_ylabel("nonlin(x)")
    described = "; ".join(
        f"at x = {number(x0, 0)} the output is {number(out)} and the slope {number(slope)}"
        for x0, (out, slope) in points.items())
    steepest = max(points, key=lambda x0: points[x0][1])
    alt = (f"The sigmoid for x from {number(-6, 0)} to 6 with its tangent lines at x = "
           f"{number(-1, 0)}, 0 and 2, each labelled with its slope, nonlin(out, True) at that "
           f"point's output: {described}. The tangent at x = {number(steepest, 0)} is the "
           f"steepest.")
    caption = "Tangents at x = \N{MINUS SIGN}1, 0 and 2: the slope line 36 multiplies by."
    return fig, alt, caption


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
                                         (S2, S1)):
        ax.bar(rows, values, color=colour, width=0.6, label="guess")
        ax.plot(rows, targets, "o", color=FG, markerfacecolor="none", markersize=7,
                markeredgewidth=1.5, label="target", clip_on=False)
        for row, guess, target in zip(rows, values, targets):
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
