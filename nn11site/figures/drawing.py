"""How a figure is drawn: the site's matplotlib settings, the registry of drawings, the runs
of the listings they plot, and the helpers the drawings share.

Each drawing is registered once, with `@figure("name")`: that name is the one a page asks
for, and nothing else lists the figures. A drawing takes the runs of the listings (`Runs`,
each made once, when a drawing first asks) and returns the matplotlib figure, its description
and its caption. The description is written from the very numbers the drawing plots, so the
two cannot disagree; tests/figures/ recomputes each of those numbers without this code. The
drawings themselves live in one module per family (sigmoid, training, downhill, xor).
"""
from functools import cached_property

import matplotlib
import numpy as np
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from nn11site import traces
from nn11site.figures.figure import Figure
from nn11site.figures.svg import FG, GRID, render
from nn11site.listings import LISTINGS

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


