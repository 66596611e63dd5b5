"""Mutate the three programs one change at a time and report which changes the tests catch.

Each mutation below changes one operator, constant, shape or line order in nn11.py or a
listing. For each, the repository is copied to a scratch folder, the change is applied and
`pytest tests/programs` runs there; a mutation the tests do not catch is a hole in them.
Run from the repository root (takes a few minutes):

    python tools/mutation_check.py            # all mutations
    python tools/mutation_check.py part2      # only those in files whose path contains "part2"

Prints one line per mutation and exits non-zero if any survives.
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from nn11site.paths import ROOT

NN11, PART1, PART2 = "nn11.py", "docs/listings/part1.py", "docs/listings/part2.py"

# (file, old, new): the first occurrence of old becomes new; ("swap", a, b) swaps two lines
MUTATIONS = [
    (NN11, "(y - l2)", "(l2 - y)"),
    (NN11, "(l2*(1-l2))", "(l2*(1+l2))"),
    (NN11, "(l1 * (1-l1))", "(l1 * (1-l2))"),
    (NN11, "syn1 += ", "syn1 -= "),
    (NN11, "syn0 += X.T", "syn0 += 0.5*X.T"),
    (NN11, "syn1.T)", "syn1)"),
    (NN11, "seed(1)", "seed(2)"),
    (NN11, "60000", "59999"),
    (NN11, "[0,1,1,0]", "[0,1,1,1]"),
    (NN11, "((3,4)) - 1", "((3,4)) - 0.9"),
    (NN11, "np.exp(-(np.dot(X,syn0)))", "np.exp(-(np.dot(X,syn0))*1.01)"),
    (NN11, "(4,1)", "(4,2)"),
    (NN11, ("swap", "    syn1 += l1.T.dot(l2_delta)", "    syn0 += X.T.dot(l1_delta)"), None),
    (NN11, ("swap", "syn0 = 2*np.random.random((3,4)) - 1",
            "syn1 = 2*np.random.random((4,1)) - 1"), None),
    (PART1, "y - l1", "l1 - y"),
    (PART1, "return x*(1-x)", "return x*(1+x)"),
    (PART1, "deriv==True", "deriv==False"),
    (PART1, "np.exp(-x)", "np.exp(x)"),
    (PART1, "syn0 += ", "syn0 -= "),
    (PART1, "np.dot(l0.T,l1_delta)", "np.dot(l0.T,l1_delta)*2"),
    (PART1, "range(10000)", "range(1000)"),
    (PART1, "seed(1)", "seed(0)"),
    (PART1, "[[0,0,1,1]]", "[[0,1,1,1]]"),
    (PART1, "((3,1)) - 1", "((3,1)) - 1.5"),
    (PART1, "  [1,0,1],", "  [1,0,0],"),
    (PART1, "nonlin(l1,True)", "nonlin(l1,False)"),
    (PART1, ("swap", "    l1_error = y - l1", "    l0 = X"), None),
    (PART2, "y - l2", "l2 - y"),
    (PART2, "l2_error*nonlin(l2,deriv=True)", "l2_error*nonlin(l2,deriv=True)*1.001"),
    (PART2, "syn1.T)", "syn1.T*1.0001)"),
    (PART2, "syn0 += l0.T", "syn0 -= l0.T"),
    (PART2, "(j% 10000)", "(j% 20000)"),
    (PART2, '".12g"', '".13g"'),
    (PART2, "np.abs(l2_error)", "l2_error"),
    (PART2, "[0]])", "[1]])"),
    (PART2, "return x*(1-x)", "return x*(1-x)*1.0000001"),
    (PART2, "((3,4)) - 1", "((3,4)) - 1.1"),
    (PART2, ("swap", "    syn1 += l1.T.dot(l2_delta)", "    syn0 += l0.T.dot(l1_delta)"), None),
    (PART2, ("swap", "    l1_error = l2_delta.dot(syn1.T)", "    syn1 += l1.T.dot(l2_delta)"), None),
    (PART2, "range(60000)", "range(60001)"),
]


def mutate(text, old, new):
    if isinstance(old, tuple):
        _, a, b = old
        lines = text.split("\n")
        i, j = lines.index(a), lines.index(b)
        lines[i], lines[j] = lines[j], lines[i]
        return "\n".join(lines)
    assert old in text, old
    return text.replace(old, new, 1)


def describe(old, new):
    if isinstance(old, tuple):
        return f"swap lines {old[1].strip()!r} and {old[2].strip()!r}"
    return f"{old!r} -> {new!r}"


def main(only=""):
    survivors = 0
    with tempfile.TemporaryDirectory() as scratch:
        for path, old, new in MUTATIONS:
            if only not in path:
                continue
            copy = Path(scratch) / "repo"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
                ".git", ".venv", "node_modules", "site", "__pycache__", "screenshots", ".cache",
                "*.egg-info"))
            target = copy / path
            target.write_text(mutate(target.read_text(), old, new))
            # the copy's own nn11site first, so that its paths lead to the mutated files
            # (the installed one, editable, points at this repository)
            env = dict(os.environ, PYTHONPATH=str(copy))
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                 "tests/programs"], cwd=copy, capture_output=True, text=True, env=env)
            failed = [line.split("::", 1)[-1] for line in done.stdout.splitlines()
                      if line.startswith("FAILED")]
            caught = done.returncode != 0
            survivors += not caught
            print(f"{'caught  ' if caught else 'SURVIVED'} {path}: {describe(old, new)}"
                  + (f"  [{failed[0][:70]}]" if failed else ""), flush=True)
    print(f"{survivors} of the mutations survived")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
