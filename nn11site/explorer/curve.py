"""The explorer's error curve: the mean error at every kept iteration, iteration on a
log(1 + j) scale, error on a log one, with a dot that docs/javascripts/explorer.js moves to
the shown iteration."""
import numpy as np

from nn11site import templates

LEFT, TOP, WIDTH, HEIGHT, BOTTOM = 46, 8, 262, 118, 40


def curve_svg(kept, errors, label):
    last = kept[-1]
    low = 10 ** np.floor(np.log10(min(errors)))
    high = max(errors) * 1.1

    def x(j):
        return f"{LEFT + WIDTH * np.log10(1 + j) / np.log10(1 + last):.1f}"

    def y(e, below=0):
        return f"{TOP + HEIGHT * (np.log10(high) - np.log10(e)) / (np.log10(high) - np.log10(low)) + below:.1f}"

    # vertical grid lines at 0 and each power of ten up to the last iteration
    columns = [0] + [10 ** p for p in range(len(str(last))) if 10 ** p <= last]
    rows = []
    e = low
    while e <= high:
        rows.append(e)
        e *= 10
    return templates.render(
        __package__, "curve.svg", label=label, left=LEFT, top=TOP, width=WIDTH, height=HEIGHT,
        view_width=LEFT + WIDTH + 14, view_height=TOP + HEIGHT + BOTTOM,
        # the axes' rule, for explorer.js to place the marker at any iteration
        x_rule=f"{LEFT} {WIDTH} {float(np.log10(1 + last))!r}",
        y_rule=f"{TOP} {HEIGHT} {float(np.log10(high))!r} {float(np.log10(low))!r}",
        columns=[(x(j), f"{j:,}") for j in columns],
        rows=[(y(e), y(e, below=4), f"{e:g}") for e in rows],
        points=" ".join(f"{x(j)},{y(err)}" for j, err in zip(kept, errors, strict=True)),
        marker=(x(kept[0]), y(errors[0])), middle=LEFT + WIDTH / 2)
