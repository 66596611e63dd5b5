"""Print the words of prose on every page (code, outputs, markers and tables of numbers left
out: nn11site/word_count.py says exactly what counts), and the total, against the budgets.

    python tools/word_count.py              # the pages as they are in this checkout
    python tools/word_count.py main         # the same pages as a git revision has them
    python tools/word_count.py main HEAD    # two revisions side by side, with the change
"""
import subprocess
import sys

from nn11site.paths import ROOT
from nn11site.word_count import PAGE_LIMIT, TOTAL_LIMIT, count, pages


def counts(revision=None):
    """{page path relative to the root: words}, for this checkout or a git revision."""
    found = {}
    for path in pages():
        name = path.relative_to(ROOT).as_posix()
        if revision is None:
            found[name] = count(path.read_text(encoding="utf-8"))
            continue
        shown = subprocess.run(["git", "show", f"{revision}:{name}"], cwd=ROOT,
                               capture_output=True, text=True, check=False)
        if shown.returncode == 0:
            found[name] = count(shown.stdout)
    return found


def main(revisions):
    columns = [counts(r) for r in revisions] if revisions else [counts()]
    titles = revisions or ["words"]
    names = sorted(set().union(*columns), key=lambda n: (not n.startswith("docs/"), n))
    width = max(map(len, names))
    print(f"{'page':<{width}}  " + "  ".join(f"{t:>8}" for t in titles)
          + ("    change" if len(columns) == 2 else ""))
    for name in [*names, "total"]:
        values = [sum(c.values()) if name == "total" else c.get(name) for c in columns]
        cells = "  ".join(f"{v:>8,}" if v is not None else f"{'-':>8}" for v in values)
        change = ""
        if len(values) == 2 and None not in values:
            change = f"  {values[1] - values[0]:>+8,}"
        print(f"{name:<{width}}  {cells}{change}")
    last = columns[-1]
    over = [n for n, v in last.items() if v > PAGE_LIMIT]
    print(f"\nbudget: {PAGE_LIMIT:,} a page, {TOTAL_LIMIT:,} in all; "
          + ("over: " + ", ".join(over) if over else "every page within")
          + ("; total over" if sum(last.values()) > TOTAL_LIMIT else "; total within"))


if __name__ == "__main__":
    main(sys.argv[1:])
