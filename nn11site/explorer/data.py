"""What the training explorer shows, computed from real runs of the three programs.

nn11site.explorer.runs records all three (in a process of its own), and the tests import this
module to compare its data with fresh, independent runs. `kept_iterations` is the one place
that decides which iterations the explorer offers; `shown` is how it writes a number.
"""
import ast
import json
import textwrap
from pathlib import Path

import numpy as np

from nn11site.listings import LISTINGS
from nn11site.traces import trace

# what the explorer needs to know of each program beyond nn11site.listings: the array its
# output layer is, and how the pages name the program
PROGRAMS = {
    name: {"path": LISTINGS[name].path, "weights": list(LISTINGS[name].weights),
           "output": output, "title": title}
    for name, output, title in [("part1", "l1", "Part 1"), ("part2", "l2", "Part 2"),
                                ("nn11", "l2", "the eleven lines")]}

# Every iteration while the weights change fast, then this many more spread evenly on a
# logarithmic scale up to the last, plus every iteration at which the program prints.
DENSE = 40
SPREAD = 90


def kept_iterations(total, printing=()):
    """The iterations the explorer offers, out of range(total): the one place that says so."""
    kept = set(range(min(DENSE, total)))
    kept.update(int(round(v)) for v in np.geomspace(DENSE, total - 1, SPREAD))
    kept.update(printing)
    kept.add(total - 1)
    return sorted(kept)


def shown(value):
    """A number as the explorer shows it: an integer as it is; a float to 4 significant
    digits, trailing zeros kept (Python's `#.4g`, without a bare trailing point); a real
    minus sign."""
    integer = isinstance(value, (int, np.integer))
    text = str(value) if integer else format(float(value), "#.4g").rstrip(".")
    return text.replace("-", "\N{MINUS SIGN}")


def shown_rows(value):
    """A matrix as rows of numbers written as the explorer writes them (`shown`)."""
    return [[shown(v) for v in row] for row in np.atleast_2d(value)]


def shape_of(value):
    """An array's shape as the explorer labels it: `4 × 1`."""
    return " × ".join(str(n) for n in np.shape(value))


def shown_node(value):
    """A node's value in the diagram: three decimals (room for five characters)."""
    return format(float(value), ".3f").replace("-", "\N{MINUS SIGN}")


# ---- the program's loop, read from its source ----------------------------------------------

def loop_of(path):
    source = Path(path).read_text(encoding="utf-8")
    loop = next(node for node in ast.parse(source).body if isinstance(node, ast.For))
    return source, loop


def steps(path):
    """The loop's lines in the order one iteration runs them: what each one computes.

    kind is "for" (the loop variable), "array" (an assignment or update), "if" (its test)
    or "print" (a line printed inside the `if`).
    """
    source, loop = loop_of(path)
    lines = source.splitlines()
    found = [{"line": loop.lineno, "kind": "for", "name": loop.target.id}]

    def walk(body):
        for node in body:
            if isinstance(node, ast.Assign):
                found.append({"line": node.lineno, "kind": "array", "name": node.targets[0].id})
            elif isinstance(node, ast.AugAssign):
                found.append({"line": node.lineno, "kind": "array", "name": node.target.id})
            elif isinstance(node, ast.If):
                found.append({"line": node.lineno, "kind": "if", "name": "if"})
                walk(node.body)
            elif isinstance(node, ast.Expr):
                found.append({"line": node.lineno, "kind": "print", "name": "print"})
            else:
                raise ValueError(f"{path}:{node.lineno}: the explorer cannot show this line")
    walk(loop.body)
    for step in found:
        step["code"] = lines[step["line"] - 1].strip()
    return found


def printing_iterations(path, total):
    """Iterations at which the loop's `if` holds (the ones that print)."""
    _source, loop = loop_of(path)
    tests = [node.test for node in loop.body if isinstance(node, ast.If)]
    if not tests:
        return []
    test = compile(ast.Expression(tests[0]), str(path), "eval")
    return [j for j in range(total) if eval(test, {loop.target.id: j})]


def run_iteration(program, namespace, weights, j):
    """Iteration j of the program's own loop body, from the weights at its top.

    Executes the listing's lines (not a copy of its formulas) in a namespace holding its X,
    y and nonlin: every array the iteration computes, as NumPy computes it.
    """
    source, loop = loop_of(program["path"])
    lines = source.splitlines()[loop.body[0].lineno - 1:loop.body[-1].end_lineno]
    body = compile(textwrap.dedent("\n".join(lines)), str(program["path"]), "exec")
    scope = dict(namespace)
    scope.update({name: np.array(w, copy=True) for name, w in weights.items()})
    scope[loop.target.id] = j
    scope["print"] = lambda *args: scope.setdefault("_printed", " ".join(map(str, args)))
    exec(body, scope)  # noqa: S102
    return {k: v for k, v in scope.items()
            if isinstance(v, np.ndarray) or k == "_printed"}


# ---- a run, and what the explorer keeps of it ------------------------------------------------

def iterations_of(path):
    """How many times the loop runs: its `range(N)`."""
    _source, loop = loop_of(path)
    return loop.iter.args[0].value


def record(name):
    program = PROGRAMS[name]
    total = iterations_of(program["path"])
    printing = printing_iterations(program["path"], total)
    kept = kept_iterations(total, printing)
    # the top of each kept iteration (its weights) and of the one after (what it computed)
    run = trace(program["path"], program["weights"] + [program["output"]],
                at=set(kept) | {j + 1 for j in kept})
    at = dict(zip(run.kept, run.before, strict=True))
    at[total] = at.pop(None)
    printed = run.printed.splitlines()[:len(printing)]
    y = run.namespace["y"]
    errors = [float(np.abs(y - at[j + 1][program["output"]]).mean()) for j in kept]
    weights = {w: [at[j][w] for j in kept] for w in program["weights"]}
    final = [run.namespace[w] for w in program["weights"]]
    scale = max(float(abs(m).max()) for w in program["weights"] for m in weights[w])
    data = {
        "program": name,
        "total": total,
        "iterations": kept,
        "X": run.namespace["X"].tolist(),
        "y": y.tolist(),
        "weights": {w: [m.ravel().tolist() for m in weights[w]] for w in program["weights"]},
        "shapes": {w: list(weights[w][0].shape) for w in program["weights"]},
        "printed": {str(j): text for j, text in zip(printing, printed, strict=True)},
    }
    first, last = (run_iteration(program, run.namespace,
                                 {w: weights[w][k] for w in program["weights"]}, kept[k])
                   for k in (0, -1))
    return {"data": data, "errors": errors, "scale": scale, "final": final,
            "first": first, "last": last, "steps": steps(program["path"])}


def data_json(recorded):
    # repr of every float (json's default): the browser reads back the very same numbers
    return json.dumps(recorded["data"], separators=(",", ":"))
