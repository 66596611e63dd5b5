"""Part 2's problem, XOR: the input square each network's output shades, and how the hidden
nodes come to track the target."""
import numpy as np

from nn11site.figures.drawing import figure, new_figure, number
from nn11site.figures.svg import BG, FG, GRID, MUTED, S1, S2


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
