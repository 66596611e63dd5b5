"""MkDocs hook: the training explorer and the network figures, from real runs of the listings.

A page asks for them with a comment on a line of its own:

    <!-- nn11:explorer part1 -->      the explorer for part1.py (or part2, nn11)
    <!-- nn11:network part1 -->       the static figure of part1.py's trained network

At every build each program runs through nn11site.traces, which keeps its weights at
the top of every iteration. `kept_iterations` decides, in one place, which iterations the
explorer offers; their weights (and the lines the program printed) are written, exactly, to
explorer/<program>.json. In the browser docs/javascripts/explorer.js recomputes an
iteration's other arrays from its weights, with the program's own formulas; the tests check
that the page then shows NumPy's numbers at the precision shown (`shown`).

The page itself gets, at build time, the whole explorer with iteration 0's values (so it
keeps its height when the script arrives), its controls disabled until then, and, for a
reader without JavaScript, the loop's lines with their first and last iteration. The script
and the data load only when the explorer comes near the screen (docs/javascripts/on-reach.js
imports the script and fetches `data-src`).
"""
import multiprocessing
import pickle
import re
from html import escape
from pathlib import Path

import numpy as np
from mkdocs.utils import get_relative_url

from nn11site import build_cache, explorer_data, generated_files, network
from nn11site.explorer_data import PROGRAMS, data_json, shown
from nn11site.listings import LISTINGS
from nn11site.paths import ROOT

FOLDER = "explorer"
CSS = Path(__file__).with_name("explorer.css")


# ---- the HTML --------------------------------------------------------------------------------

def _matrix(value, cls="nn11-explorer__array"):
    rows = np.atleast_2d(value)
    body = "".join("<tr>" + "".join(f"<td>{shown(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><tbody>{body}</tbody></table>'


def _shape(value):
    return " × ".join(str(n) for n in np.shape(value))


NOT_RUN = "(not run at this iteration)"


def _step_value(step, scope, j):
    if step["kind"] == "for":
        return f'<span class="nn11-explorer__scalar">{j}</span>'
    if step["kind"] == "if":
        return '<span class="nn11-explorer__scalar">' + str("_printed" in scope) + "</span>"
    if step["kind"] == "print":
        return '<span class="nn11-explorer__scalar">' + escape(scope.get("_printed", NOT_RUN)) + "</span>"
    return _matrix(scope[step["name"]])


def _weights_at_start(program, weights):
    """Under the loop's first line: the weights the iteration starts from, which its lines
    use before its update changes them."""
    return "".join(
        f'<div class="nn11-explorer__start"><span class="nn11-explorer__shape">{w} as the '
        f'iteration starts, {_shape(weights[w])}</span>{_matrix(weights[w])}</div>'
        for w in program["weights"])


def _shape_label(step, scope, program):
    shape = _shape(scope[step["name"]])
    if step["name"] in program["weights"]:
        return f"{step['name']} after the update, {shape}"
    return shape


def curve_svg(kept, errors, label):
    """The error at every kept iteration, iteration on a log(1 + j) scale, error on a log one."""
    left, top, width, height, bottom = 46, 8, 262, 118, 40
    last = kept[-1]
    low = 10 ** np.floor(np.log10(min(errors)))
    high = max(errors) * 1.1

    def x(j):
        return left + width * np.log10(1 + j) / np.log10(1 + last)

    def y(e):
        return top + height * (np.log10(high) - np.log10(e)) / (np.log10(high) - np.log10(low))

    # the axes' rule, for explorer.js to place the marker at any iteration
    rule = (f'data-x="{left} {width} {float(np.log10(1 + last))!r}" '
            f'data-y="{top} {height} {float(np.log10(high))!r} {float(np.log10(low))!r}"')
    parts = [(f'<svg viewBox="0 0 {left + width + 14} {top + height + bottom}" role="img" '
              f'aria-label="{escape(label)}" {rule}>')]
    power = 1
    ticks = [0]
    while power <= last:
        ticks.append(power)
        power *= 10
    for j in ticks:
        parts.append(f'<line class="nn11-curve__grid" x1="{x(j):.1f}" x2="{x(j):.1f}" '
                     f'y1="{top}" y2="{top + height}"/>'
                     f'<text x="{x(j):.1f}" y="{top + height + 15}">{j:,}</text>')
    e = low
    while e <= high:
        parts.append(f'<line class="nn11-curve__grid" x1="{left}" x2="{left + width}" '
                     f'y1="{y(e):.1f}" y2="{y(e):.1f}"/>'
                     f'<text class="nn11-curve__y" x="{left - 5}" y="{y(e) + 4:.1f}">{e:g}</text>')
        e *= 10
    points = " ".join(f"{x(j):.1f},{y(err):.1f}" for j, err in zip(kept, errors, strict=True))
    parts.append(f'<polyline class="nn11-curve__line" points="{points}"/>')
    parts.append(f'<circle class="nn11-curve__marker" r="4.5" cx="{x(kept[0]):.1f}" '
                 f'cy="{y(errors[0]):.1f}"/>')
    parts.append(f'<text x="{left + width / 2}" y="{top + height + 33}">iteration</text>')
    parts.append("</svg>")
    return "".join(parts)


def explorer_html(name, recorded, page_url, files):
    program = PROGRAMS[name]
    data = recorded["data"]
    kept, total = data["iterations"], data["total"]
    output = program["output"]
    first = recorded["first"]

    def rel(path):
        return get_relative_url(path, page_url)
    label = f"explorer-{name}"
    matrices = [recorded["first_weights"][w] for w in program["weights"]]
    diagram = network.svg(
        matrices,
        recorded["scale"], f"{program['title']}'s network at the shown iteration: edge widths "
        "and colours from its weights, node values for the chosen example",
        values=[data["X"][0], *(first[layer][0] for layer in ("l1", "l2") if layer in first)])
    rows = data["X"]
    options = "".join(f'<option value="{k}">row {k + 1}: X = {" ".join(map(str, r))}</option>'
                      for k, r in enumerate(rows))
    start_weights = recorded["first_weights"]
    items = []
    for step in recorded["steps"]:
        value = _step_value(step, first, kept[0])
        shape = (f'<span class="nn11-explorer__shape">{_shape_label(step, first, program)}</span>'
                 if step["kind"] == "array" else "")
        start = _weights_at_start(program, start_weights) if step["kind"] == "for" else ""
        columns = (np.shape(first[step["name"]])[1] if step["kind"] == "array"
                   else max(np.shape(w)[1] for w in start_weights.values()) if start else None)
        items.append(
            f'<li class="nn11-explorer__item" data-line="{step["line"]}" data-kind="{step["kind"]}"'
            + (' data-int' if step["kind"] == "array" and first[step["name"]].dtype.kind == "i"
               else "")
            + (f' data-cols="{columns}"' if columns else "") + f' '
            f'data-name="{step["name"]}"><button type="button" class="nn11-explorer__line" '
            f'disabled title="Mark line {step["line"]} in the listing">'
            f'<span class="nn11-explorer__no">{step["line"]}</span> '
            f'<code>{escape(step["code"])}</code></button>{shape}'
            f'<div class="nn11-explorer__value">{value}</div>{start}</li>')
    curve = curve_svg(kept, recorded["errors"],
                      f"Line chart of {program['title']}'s mean absolute error, mean |y − "
                      f"{output}|, at the iterations the explorer offers, from "
                      f"{shown(recorded['errors'][0])} at iteration 0 to "
                      f"{shown(recorded['errors'][-1])} at iteration {total - 1:,}, with a dot "
                      "at the shown iteration.")
    static = static_list(recorded, program)
    # Search leaves it out (its labels and numbers are no words to search for). Material's
    # search parser ends an exclusion at the first closing tag of the same name, so the
    # excluded element is one that nothing inside it repeats: a <section>.
    return (
        f'<section class="nn11-explorer" id="{label}" data-program="{name}" data-search-exclude '
        f'data-src="{rel(f"{FOLDER}/{name}.json")}">'
        '<div class="nn11-explorer__live" data-needs-script>'
        '<div class="nn11-explorer__bar">'
        f'<button type="button" class="nn11-explorer__button" data-do="play" disabled '
        'aria-pressed="false">Play</button>'
        f'<label class="nn11-explorer__slider">Iteration '
        f'<input type="range" min="0" max="{len(kept) - 1}" step="1" value="0" disabled '
        f'aria-valuetext="iteration 0 of {total - 1:,}"></label>'
        f'<label class="nn11-explorer__number"><span class="nn11-explorer__hidden">Go to '
        f'iteration</span><input type="number" min="0" max="{total - 1}" step="1" value="0" '
        f'disabled></label><span class="nn11-explorer__of">of {total - 1:,}</span></div>'
        '<div class="nn11-explorer__bar">'
        f'<button type="button" class="nn11-explorer__button" data-do="step" disabled>'
        'Step line by line</button>'
        f'<button type="button" class="nn11-explorer__button" data-do="whole" disabled>'
        'Whole iteration</button>'
        f'<label class="nn11-explorer__example">Example <select disabled>{options}</select>'
        '</label></div>'
        '<p class="nn11-explorer__status" aria-live="polite"></p>'
        # printed in place of the controls (explorer.js keeps it up to date)
        f'<p class="nn11-explorer__caption">Iteration 0 of {total - 1:,}; node values for '
        f'row 1: X = {" ".join(map(str, rows[0]))}.</p>'
        '<div class="nn11-explorer__pictures">'
        # (as wide as its labels need, where the explorer has the room: see explorer.css)
        f'<div class="nn11-net nn11-explorer__net" style="--nn11-net-width: '
        f'{network.readable_width(network.layer_sizes(matrices))}px">{diagram}</div>'
        f'<div class="nn11-curve">{curve}<p class="nn11-explorer__error">mean |y − {output}| '
        f'= <span data-error>{shown(recorded["errors"][0])}</span></p></div></div>'
        f'<ol class="nn11-explorer__values">{"".join(items)}</ol>'
        '</div>'
        f'<noscript><style>#{label} .nn11-explorer__live{{display:none}}</style>{static}</noscript>'
        '</section>')


def static_list(recorded, program):
    """For a reader without JavaScript: each line of the loop with what it holds at the first
    and the last iteration (the loop's first line: the weights each starts from), side by
    side where the page has the room, one under the other where it has not."""
    data = recorded["data"]
    first_j, last_j = data["iterations"][0], data["iterations"][-1]
    at_start = {at: {w: np.array(data["weights"][w][k]).reshape(data["shapes"][w])
                     for w in program["weights"]} for at, k in (("first", 0), ("last", -1))}
    items = []
    for step in recorded["steps"]:
        if step["kind"] == "for":
            shown_at = {at: "".join(
                f'<span class="nn11-explorer__shape">{w} as it starts, {_shape(m)}</span>'
                + _matrix(m) for w, m in at_start[at].items()) for at in at_start}
        elif step["kind"] == "array":
            shown_at = {at: _matrix(recorded[at][step["name"]]) for at in ("first", "last")}
        else:
            continue
        columns = "".join(
            f'<div data-at="{at}"><span class="nn11-explorer__when">Iteration {j:,}</span>'
            f'{shown_at[at]}</div>' for at, j in (("first", first_j), ("last", last_j)))
        items.append(f'<li data-line="{step["line"]}"><span class="nn11-explorer__no">'
                     f'{step["line"]}</span> <code>{escape(step["code"])}</code>'
                     f'<div class="nn11-explorer__pair">{columns}</div></li>')
    return f'<div class="nn11-explorer__static"><ol>{"".join(items)}</ol></div>'


# ---- the MkDocs hook -----------------------------------------------------------------------

MARKER = re.compile(r"(?:<p>)?<!-- nn11:(?P<kind>explorer|network) (?P<name>\w+) -->(?:</p>)?")
_runs = {}


# everything the recorded runs are made from: the runs are kept between builds
# (nn11site.build_cache) under a key of these files and NumPy's version
RUN_FROM = [*(listing.path for listing in LISTINGS.values()),
            *(ROOT / "nn11site" / name for name in ("explorer_data.py", "traces.py", "listings.py"))]


def _recorded():
    if "result" not in _runs:
        ok, value = _runs["pipe"].recv()
        _runs["process"].join()
        if not ok:
            raise RuntimeError("the explorer's runs failed:\n" + value)
        _runs["result"] = value
        if "keep" in _runs:
            build_cache.write(_runs["keep"], pickle.dumps(value))
    return _runs["result"]


def _start_runs():
    if build_cache.enabled():
        _runs["keep"] = build_cache.folder("explorer", RUN_FROM, ["numpy"]) / "runs.pickle"
        if _runs["keep"].is_file():
            # written by this hook for exactly these inputs (the key says so)
            _runs["result"] = pickle.loads(_runs["keep"].read_bytes())
            return
    context = multiprocessing.get_context("spawn")
    _runs["pipe"], child = context.Pipe(duplex=False)
    _runs["process"] = context.Process(target=explorer_data.send_all, args=(child,), daemon=True)
    _runs["process"].start()


def on_files(files, config):
    # In a process of its own: the runs redirect stdout to keep what the programs print,
    # which in a thread beside hooks/figures.py's would swap sys.stdout under each other;
    # and a process uses the second core while MkDocs renders. Spawned, not forked: a fork
    # taken while the figures' thread holds a lock can hang the child. The new interpreter
    # imports nn11site by name (installed, or the checkout's: see pyproject.toml).
    _runs.clear()
    _start_runs()
    _runs["files"] = generated_files.announce(files, config, FOLDER, PROGRAMS, ".json")
    return files


def on_page_content(html, page, config, files):
    if not MARKER.search(html):
        return html
    recorded = _recorded()

    def replace(m):
        name = m["name"]
        if name not in PROGRAMS:
            raise ValueError(f"{page.file.src_uri}: no program called {name!r}")
        if m["kind"] == "explorer":
            return explorer_html(name, recorded[name], page.url, files)
        program = PROGRAMS[name]
        return network.figure(recorded[name]["final"], program["title"], caption(name))

    return STYLE + MARKER.sub(replace, html)


def caption(name):
    program = PROGRAMS[name]
    layers = " → ".join(map(str, network.layer_sizes(_recorded()[name]["final"])))
    return (f"{program['title'][0].upper() + program['title'][1:]}'s {layers} network after "
            "training, drawn from the run: blue edges are positive weights, orange ones "
            "negative, and the wider an edge, the larger its weight.")


STYLE = network.STYLE


def on_env(env, config, files):
    recorded = _recorded()
    for file in _runs["files"]:
        file.content_string = data_json(recorded[Path(file.src_uri).stem])
    return env


def on_post_page(output, page, config):
    # the explorer's style sheet, once, in the head of a page that shows one
    if 'class="nn11-explorer"' not in output:
        return output
    css = re.sub(r"/\*.*?\*/", "", CSS.read_text(encoding="utf-8"), flags=re.DOTALL)
    css = re.sub(r"\s*\n\s*", "", css)
    return output.replace("</head>", f"<style>{css}</style></head>", 1)
