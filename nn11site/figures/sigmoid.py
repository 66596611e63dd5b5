"""The sigmoid figures of Part 1: the curve that line 4 defines, and its slopes."""
import numpy as np

from nn11site.figures.drawing import figure, new_figure, number
from nn11site.figures.svg import FG, MUTED, S1, S2, S3


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
