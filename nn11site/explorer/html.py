"""The explorer's markup as the page gets it at build time: the whole explorer at iteration
0 (so it keeps its height when the script arrives), its controls disabled until then, and a
list of the loop's lines for a reader without JavaScript (static_list.py). The script and the
data load only when the reader nears it (docs/javascripts/on-reach.js imports explorer.js and
fetches `data-src`). The markup is in templates/explorer.html; here is what fills it."""
import posixpath

import numpy as np
from markupsafe import Markup

from nn11site import templates
from nn11site.explorer import diagram
from nn11site.explorer.curve import curve_svg
from nn11site.explorer.data import PROGRAMS, shape_of, shown, shown_rows
from nn11site.explorer.static_list import static_list

FOLDER = "explorer"
NOT_RUN = "(not run at this iteration)"   # docs/javascripts/explorer.js writes the same


def relative(path, page_url):
    """The URL of `path` (from the site's root) as a link on the page at `page_url`."""
    base = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    return posixpath.relpath(path, base or ".")


def _item(step, scope, j, program, start_weights):
    item = {**step, "int": False, "columns": None, "shape": None, "start": []}
    if step["kind"] == "for":
        item["scalar"] = j
        # the weights the iteration starts from, which its lines use before its update
        item["start"] = [(f"{w} as the iteration starts, {shape_of(m)}", shown_rows(m))
                         for w, m in start_weights.items()]
        item["columns"] = max(np.shape(m)[1] for m in start_weights.values())
    elif step["kind"] == "if":
        item["scalar"] = "_printed" in scope
    elif step["kind"] == "print":
        item["scalar"] = scope.get("_printed", NOT_RUN)
    else:
        value = scope[step["name"]]
        item.update(matrix=shown_rows(value), columns=np.shape(value)[1], int=value.dtype.kind == "i",
                    shape=(f"{step['name']} after the update, {shape_of(value)}"
                           if step["name"] in program["weights"] else shape_of(value)))
    return item


def explorer_html(name, recorded, page_url):
    program = PROGRAMS[name]
    data, first = recorded["data"], recorded["first"]
    kept, total = data["iterations"], data["total"]
    start_weights = {w: recorded["first_weights"][w] for w in program["weights"]}
    matrices = list(start_weights.values())
    net = diagram.svg(
        matrices, recorded["scale"], f"{program['title']}'s network at the shown iteration: "
        "edge widths and colours from its weights, node values for the chosen example",
        values=[data["X"][0], *(first[layer][0] for layer in ("l1", "l2") if layer in first)])
    errors = recorded["errors"]
    curve = curve_svg(kept, errors, (
        f"Line chart of {program['title']}'s mean absolute error, mean |y − {program['output']}|, "
        f"at the iterations the explorer offers, from {shown(errors[0])} at iteration 0 to "
        f"{shown(errors[-1])} at iteration {total - 1:,}, with a dot at the shown iteration."))
    return templates.render(
        __package__, "explorer.html", name=name, label=f"explorer-{name}",
        src=relative(f"{FOLDER}/{name}.json", page_url), kept=kept, total=total,
        examples=[" ".join(map(str, row)) for row in data["X"]],
        net_width=diagram.readable_width(diagram.layer_sizes(matrices)),
        diagram=Markup(net), curve=Markup(curve), output=program["output"],
        error=shown(errors[0]), static=Markup(static_list(recorded, program)),
        items=[_item(step, first, kept[0], program, start_weights) for step in recorded["steps"]])
