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

from nn11site import traces
from nn11site.listings import LISTINGS

from figure_svg import BG, FG, GRID, MUTED, S1, S2, S3, Figure, render

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
        return traces.part1()

    @cached_property
    def part2(self):
        return traces.part2()

    @cached_property
    def part1_on_xor(self):
        """Part 1's listing with Part 2's targets: the network without a hidden layer."""
        path = LISTINGS["part1"].path
        line = LISTINGS["part1"].lines()[15]
        if "[[0,0,1,1]]" not in line:
            raise ValueError(f"line 16 of {path} no longer writes the targets: {line!r}")
        return traces.trace(path, ["syn0"], at=(),
                                    replace={16: line.replace("[[0,0,1,1]]", "[[0,1,1,0]]")})

    @cached_property
    def part2_first(self):
        """Part 2 stopped after its first iteration: what its random start computes."""
        return traces.trace(LISTINGS["part2"].path, ["l1"], steps=1)

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
    # in exact arithmetic the curve never reaches 1; in float64 it does, at a modest x
    one_from = next(x0 for x0 in range(1, 100) if nonlin(float(x0)) == 1.0)
    alt = (f"Line chart of the sigmoid, nonlin(x), for x from {number(-6, 0)} to 6: an S-shaped "
           f"curve rising from {number(ends[-6])} at x = {number(-6, 0)} through "
           f"{number(ends[0], 1)} at x = 0 to {number(ends[6])} at x = 6. It flattens towards "
           f"0 and 1 at the two ends; in exact arithmetic it reaches neither, but in float64 "
           f"it is exactly 1.0 from x = {one_from}.")
    caption = "The sigmoid of lines 4 to 7, drawn by the listing's own nonlin."
    return fig, alt, caption


@figure("slopes")
def slopes_figure(runs):
    nonlin = runs.nonlin
    x = np.linspace(-6, 6, 241)
    fig, (ax,) = new_figure(height=3.2)
    ax.plot(x, nonlin(x), color=S1, label="nonlin(x)")
    points = {}
    for x0, colour in zip((-1, 0, 2), (S2, S3, S2), strict=True):
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


def squared_error(nonlin, X, y, syn0):
    """Half the sum of Part 1's squared misses: the quantity line 39 steps down."""
    return 0.5 * float(np.sum((y - nonlin(np.dot(X, syn0))) ** 2))


@figure("downhill")
def downhill_figure(runs):
    # the first iteration, as in the line 39 section; the third weight, whose curve has a
    # bottom (the first weight's only falls, towards ever larger values)
    weight = 2
    nonlin, X, y = runs.nonlin, runs.part1.namespace["X"], runs.part1.namespace["y"]
    before, after = runs.part1.series("syn0")[:2]
    change = float(after[weight, 0] - before[weight, 0])

    def error_at(value):
        syn0 = before.copy()
        syn0[weight, 0] = value
        return squared_error(nonlin, X, y, syn0)

    now = float(before[weight, 0])
    nudge = 1e-6
    # the error's gradient for this weight (Part 1 keeps "slope" for the sigmoid's)
    gradient = (error_at(now + nudge) - error_at(now - nudge)) / (2 * nudge)
    values = np.linspace(-2, 0.5, 26)
    errors = np.array([error_at(v) for v in values])
    bottom = float(values[errors.argmin()])

    fig, (ax,) = new_figure(height=3.0)
    ax.plot(values, errors, color=S1)
    span = np.array([now - 0.5, now + 0.5])
    ax.plot(span, error_at(now) + gradient * (span - now), color=S2, linewidth=1.4)
    ax.plot([now], [error_at(now)], "o", color=S2)
    ax.annotate(f"gradient {gradient:.4f}".replace("-", "\N{MINUS SIGN}"), (now, error_at(now)),
                xytext=(-12, -22), textcoords="offset points", ha="right", color=FG,
                fontsize=10)
    # the step is a change of the weight: drawn level, then down to the curve where it lands
    ax.annotate("", (now + change, error_at(now)), xytext=(now, error_at(now)),
                arrowprops={"arrowstyle": "-|>,head_width=0.25,head_length=0.5", "color": S3,
                            "linewidth": 1.8, "shrinkA": 4, "shrinkB": 0})
    ax.plot([now + change] * 2, [error_at(now), error_at(now + change)], ":", color=S3,
            linewidth=1.4)
    ax.plot([now + change], [error_at(now + change)], "o", color=S3, markersize=5)
    ax.annotate(f"line 39: +{change:.4f}", (now, error_at(now)), xytext=(4, 8),
                textcoords="offset points", color=FG, fontsize=10)
    ax.set_xlim(values[0], values[-1])
    ax.set_xlabel("weight 3, syn0[2] (the other two held)")
    ax.set_ylabel("squared error")
    alt = (f"Line chart of Part 1's squared error (half the sum of the four squared misses) "
           f"as weight 3 alone goes from {number(values[0], 1)} to {number(values[-1], 1)}, "
           f"weights 1 and 2 held at their starting values: a valley. At the first iteration "
           f"weight 3 is {number(now)} and the squared error {number(error_at(now))}, on the "
           f"valley's {'left' if now < bottom else 'right'} side. A tangent there shows the "
           f"gradient, {number(gradient)}. An arrow shows line 39's change to the weight, "
           f"+{number(change)}, downhill to {number(now + change)}, where the squared error "
           f"is {number(error_at(now + change))}.")
    caption = ("Part 1's squared error as weight 3 alone varies, at the first iteration: "
               "line 39 moves the weight by minus the gradient.")
    return fig, alt, caption


# ---- Part 2 ------------------------------------------------------------------------------

def output_over_square(output, steps=17):
    """output(input 1, input 2) on a grid over the square, input 3 held at 1 as in X.
    Returns the grid's coordinates and values, rows along input 2."""
    grid = np.linspace(0, 1, steps)
    values = np.array([[output(a, b) for a in grid] for b in grid])
    return grid, values


def crossing(output, along):
    """Where output crosses 0.5 on an edge of the square, by bisection: along(t) gives the
    point at 0 <= t <= 1; the ends must lie on either side of 0.5."""
    low, high = 0.0, 1.0
    below = output(*along(low)) < 0.5
    for _ in range(50):
        middle = (low + high) / 2
        if (output(*along(middle)) < 0.5) == below:
            low = middle
        else:
            high = middle
    return (low + high) / 2


# output bands: a fill colour and its strength; the band around 0.5 stays clear
BANDS = [(0.0, 0.2, S2, 0.45), (0.2, 0.45, S2, 0.18), (0.55, 0.8, S1, 0.18),
         (0.8, 1.0, S1, 0.45)]


def square_panel(ax, output, targets, title):
    grid, values = output_over_square(output)
    for low, high, colour, strength in BANDS:
        inside = (values >= low) & (values <= high)
        if inside.any():
            ax.contourf(grid, grid, values, levels=[low, high], colors=[colour],
                        alpha=strength, antialiased=True)
    if values.min() < 0.5 < values.max() and values.max() - values.min() > 0.1:
        ax.contour(grid, grid, values, levels=[0.5], colors=[FG], linewidths=1.4)
    corners = [(0, 0), (0, 1), (1, 0), (1, 1)]
    for (a, b), target in zip(corners, targets, strict=True):
        ax.plot([a], [b], "o", markersize=9, clip_on=False, markeredgewidth=1.6,
                color=FG, markerfacecolor=FG if target else BG, zorder=3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_aspect("equal")
    ax.spines[["top", "right"]].set_visible(True)
    ax.set_xticks([0, 0.5, 1], ["0", "0.5", "1"])
    ax.set_yticks([0, 0.5, 1], ["0", "0.5", "1"])
    ax.grid(visible=False)
    ax.set_xlabel("input 1")
    ax.set_title(title)
    return values


@figure("xor-square")
def xor_square_figure(runs):
    targets = runs.part2.namespace["y"][:, 0]
    # rows of X are (input 1, input 2, 1): the corners (0,0), (0,1), (1,0), (1,1)
    nonlin = runs.nonlin
    single = runs.part1_on_xor.namespace["syn0"]
    syn0, syn1 = runs.part2.namespace["syn0"], runs.part2.namespace["syn1"]

    def part1_output(a, b):
        return float(nonlin(np.dot([a, b, 1], single))[0])

    def part2_output(a, b):
        return float(nonlin(np.dot(nonlin(np.dot([a, b, 1], syn0)), syn1))[0])

    fig, axes = new_figure(width=5.6, height=3.1, columns=2)
    flat = square_panel(axes[0], part1_output, targets, "Part 1's network")
    square_panel(axes[1], part2_output, targets, "Part 2's network")
    axes[0].set_ylabel("input 2")
    axes[1].tick_params(labelleft=False, left=False)
    fig.subplots_adjust(wspace=0.25)
    axes[0].annotate(f"{number(flat.min())} everywhere", (0.5, 0.5), ha="center", va="center",
                     color=FG, fontsize=10)
    corners = [(0, 0), (0, 1), (1, 0), (1, 1)]
    at_corners = ", ".join(f"{number(part2_output(a, b))} at ({a}, {b})" for a, b in corners)
    edges = {"bottom": lambda t: (t, 0), "left": lambda t: (0, t),
             "top": lambda t: (t, 1), "right": lambda t: (1, t)}
    cross = {edge: crossing(part2_output, along) for edge, along in edges.items()}
    low_flat, high_flat = min(part1_output(a, b) for a, b in corners), \
        max(part1_output(a, b) for a, b in corners)
    alt = ("Two squares, each with input 1 across and input 2 up (input 3 is 1, as in every "
           "row of X). The four examples sit on the corners: target 0 at (0, 0) and (1, 1), "
           "drawn as open circles; target 1 at (0, 1) and (1, 0), filled. Shading shows each "
           "network's trained output at every point of the square, orange towards 0, blue "
           "towards 1. Left, Part 1's network trained on these targets: "
           + (f"its output is {number(low_flat)} everywhere, to four decimals"
              if number(low_flat) == number(high_flat) else
              f"its output is between {number(low_flat)} and {number(high_flat)} everywhere")
           + ", so the square is blank. "
           "Right, Part 2's network: "
           f"{at_corners}. Its output is above 0.5 in a band from "
           "corner (0, 1) to corner (1, 0), between two curved lines where it is exactly "
           f"0.5: one meets the bottom edge at input 1 = {number(cross['bottom'], 2)} and the "
           f"left edge at input 2 = {number(cross['left'], 2)}, the other meets the top edge "
           f"at input 1 = {number(cross['top'], 2)} and the right edge at input 2 = "
           f"{number(cross['right'], 2)}.")
    caption = ("The input square. Filled circles: target 1; open circles: target 0. Blue "
               "where the trained network outputs more than 0.5, orange where less.")
    return fig, alt, caption


def correlations(hidden, targets):
    """Each hidden node's correlation with the targets, over the four examples."""
    return [float(np.corrcoef(hidden[:, node], targets)[0, 1]) for node in range(hidden.shape[1])]


@figure("correlation")
def correlation_figure(runs):
    targets = runs.part2.namespace["y"][:, 0]
    first, last = runs.part2_first.namespace, runs.part2.namespace
    start = correlations(first["l1"], targets)
    end = correlations(last["l1"], targets)
    # the output beside them: what the second layer makes of the hidden columns
    output = (correlations(first["l2"], targets)[0], correlations(last["l2"], targets)[0])
    places = np.arange(1, len(start) + 2)
    fig, (ax,) = new_figure(height=2.9)
    ax.bar(places - 0.19, start + [output[0]], width=0.36, color=MUTED, label="first iteration")
    ax.bar(places + 0.19, end + [output[1]], width=0.36, color=S1, label="last iteration")
    ax.axhline(0, color=FG, linewidth=0.8)
    ax.axvline(len(start) + 0.5, color=GRID, linewidth=1)
    ax.set_xticks(places, [str(n) for n in places[:-1]] + ["output"])
    ax.set_xlabel("hidden node (column of l1), then the output (l2)")
    ax.set_ylim(-1, 1.25)
    ax.set_yticks([-1, -0.5, 0, 0.5, 1], ["\N{MINUS SIGN}1", "\N{MINUS SIGN}0.5", "0", "0.5",
                                           "1"])
    ax.set_ylabel("correlation with y")
    ax.grid(axis="x", visible=False)
    ax.legend(loc="upper left", ncols=2, fontsize=10)
    grows = all(abs(e) > abs(s) for s, e in zip(start, end, strict=True))
    listed = "; ".join(f"node {n}: {number(s, 2)}, then {number(e, 2)}"
                       for n, s, e in zip(places[:-1], start, end, strict=True))
    alt = ("Bar chart of the correlation with the targets y, over the four examples, of each "
           "of Part 2's four hidden nodes and of its output, at the first iteration and at "
           f"the last of the 60,000: {listed}; the output: {number(output[0], 2)}, then "
           f"{number(output[1], 2)}."
           + (" Every hidden node's correlation is further from zero at the end than at the "
              "start." if grows else ""))
    caption = ("Correlation with the target, before training and after: each hidden column "
               "comes to track the answer in part, and the output, which combines them, "
               "tracks it fully.")
    return fig, alt, caption
