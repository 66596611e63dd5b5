"""The networks drawn as inline SVG: layers as columns of nodes, weights as edges.

One drawing serves two places. On the pages it is a static figure of the trained network
(nn11site.explorer places it); inside the training explorer the same drawing is restyled by
docs/javascripts/explorer.js at every iteration. So the explorer can find what it restyles,
every edge carries `data-w="syn0 i j"` (row i, column j of that matrix) and every node a text
`data-node="l1 j"`; the width rule's two numbers and the scale are on the <svg> itself
(`data-width`, `data-scale`), so the browser applies the rule written here, not a copy.

Its colours are classes (is-pos, is-neg, ...) that docs/stylesheets/nn11.css colours from the
site's one palette, for either scheme: blue for a positive weight, orange for a negative one.
The labels' sizes are attributes here, as readable_width reckons with them.
"""
import math
from html import escape

from nn11site.explorer.data import shown_node

# an edge is WIDTH_MIN + WIDTH_SPAN * |w| / scale units wide: a zero weight stays visible
WIDTH_MIN, WIDTH_SPAN = 0.75, 7.0
GAP = {2: 230, 3: 175}      # between layer columns, by the number of layers
ROW = 54                    # between nodes of a column
RADIUS = 21
TOP, BOTTOM, SIDE = 34, 30, 44

# the labels' sizes, in the drawing's units: a layer's or matrix's name, a node's value, a
# weight written beside its edge; drawn at least READABLE_PX high where the page has room
LABEL_SIZE = {"name": 13, "value": 11.5, "weight": 12}
READABLE_PX = 12

def layer_sizes(weights):
    """[3, 1] or [3, 4, 1]: the layers that the weight matrices connect, input first."""
    return [weights[0].shape[0]] + [w.shape[1] for w in weights]


def geometry(sizes):
    gap = GAP[len(sizes)]
    width = 2 * SIDE + gap * (len(sizes) - 1)
    height = TOP + BOTTOM + ROW * (max(sizes) - 1) + 2 * RADIUS
    middle = TOP + RADIUS + ROW * (max(sizes) - 1) / 2
    centres = [[(SIDE + gap * layer, middle + ROW * (k - (n - 1) / 2)) for k in range(n)]
               for layer, n in enumerate(sizes)]
    return width, height, centres


def readable_width(sizes):
    """The narrowest the drawing of these layers may be shown (CSS px) for its smallest label
    to stand READABLE_PX high (a pixel more, for the browser's rounding of layout)."""
    width, _, _ = geometry(sizes)
    return math.ceil(width * READABLE_PX / min(LABEL_SIZE.values())) + 1


def edge_width(value, scale):
    return WIDTH_MIN + WIDTH_SPAN * abs(value) / scale


def _n(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


def svg(weights, scale, label, values=None, weight_labels=False):
    """The network whose weight matrices are `weights` (syn0 first), as an inline <svg>.

    `values`, one vector per layer (an example's inputs, then each layer's outputs), puts a
    text in every node that the explorer rewrites as the reader moves; `weight_labels`
    writes each weight beside its edge (only sensible for Part 1's three).
    """
    sizes = layer_sizes(weights)
    width, height, centres = geometry(sizes)
    # (data-search-exclude: its labels and numbers are no words to search for)
    parts = [(f'<svg viewBox="0 0 {width} {round(height)}" role="img" data-search-exclude '
              f'aria-label="{escape(label)}" data-width="{WIDTH_MIN} {WIDTH_SPAN}" '
              f'data-scale="{scale!r}" font-size="{LABEL_SIZE["name"]}">')]
    labels = []
    for m, matrix in enumerate(weights):
        for i, (x1, y1) in enumerate(centres[m]):
            for j, (x2, y2) in enumerate(centres[m + 1]):
                w = float(matrix[i, j])
                sign = "is-pos" if w >= 0 else "is-neg"
                parts.append(
                    f'<line class="nn11-net__edge {sign}" data-w="syn{m} {i} {j}" '
                    f'x1="{_n(x1 + RADIUS)}" y1="{_n(y1)}" x2="{_n(x2 - RADIUS)}" y2="{_n(y2)}" '
                    f'stroke-width="{edge_width(w, scale):.2f}"/>')
                if weight_labels:
                    t = 0.42
                    labels.append(
                        f'<text class="nn11-net__weight" font-size="{LABEL_SIZE["weight"]}" '
                        f'x="{_n(x1 + (x2 - x1) * t)}" y="{_n(y1 + (y2 - y1) * t - 11)}">'
                        f'{f"{w:.2f}".replace("-", chr(0x2212))}</text>')
        (xa, _), (xb, _) = centres[m][0], centres[m + 1][0]
        parts.append(f'<text class="nn11-net__syn" x="{_n((xa + xb) / 2)}" y="16">syn{m}</text>')
    parts.extend(labels)
    for layer, column in enumerate(centres):
        for k, (x, y) in enumerate(column):
            parts.append(f'<circle class="nn11-net__node" cx="{_n(x)}" cy="{_n(y)}" r="{RADIUS}"/>')
            if values is not None:
                value = values[layer][k]
                text = str(value) if layer == 0 else shown_node(value)
                parts.append(f'<text class="nn11-net__value" font-size="{LABEL_SIZE["value"]}" '
                             f'data-node="l{layer} {k}" '
                             f'x="{_n(x)}" y="{_n(y)}">{text}</text>')
        parts.append(f'<text x="{_n(column[0][0])}" y="{round(height) - 8}">l{layer}</text>')
    parts.append("</svg>")
    return "".join(parts)


def describe(weights, program):
    """The alt text: which layers, and every weight, in the words a reader would use."""
    sizes = layer_sizes(weights)
    arrows = " to ".join(f"l{k} ({n} node{'s' if n > 1 else ''})" for k, n in enumerate(sizes))
    parts = [(f"Diagram of {program}'s network: layers {arrows}, every node of a layer "
              "joined to every node of the next by one weight. Each edge's width grows with "
              "its weight's size; blue edges are positive weights, orange ones negative.")]
    for m, matrix in enumerate(weights):
        rows = "; ".join(
            f"from l{m} node {i + 1}: " + ", ".join(
                f"{float(w):.2f}".replace("-", "\N{MINUS SIGN}") for w in matrix[i])
            for i in range(matrix.shape[0]))
        parts.append(f"Trained syn{m}, l{m} to l{m + 1}: {rows}.")
    return " ".join(parts)


def figure(weights, program, caption):
    """The static figure of a trained network, for a page."""
    scale = max(float(abs(w).max()) for w in weights)
    alt = describe(weights, program)
    drawing = svg(weights, scale, alt, weight_labels=len(weights) == 1)
    width, height, _ = geometry(layer_sizes(weights))
    # its proportions, for the print styles to keep it to a part of a page (nn11.css)
    return (f'<figure class="nn11-net" style="--nn11-aspect: {width / round(height):.4f}">'
            f"{drawing}<figcaption>{escape(caption, quote=False)}</figcaption></figure>")
