"""What feeds a build result, found rather than listed: the source of every module of this
package that the code making it imports (followed through their imports), the templates kept in
those packages' folders, the data files the caller names, and the versions of the
installed distributions that those modules import.

Listing the inputs by hand went stale whenever a module moved or gained an import; read from
the source, a new import is a new input at once. Imports inside functions count too (they run
when the result is made), and stdlib modules count through the Python version.
"""
import ast
import importlib.util
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

from nn11site.paths import ROOT

PACKAGE = "nn11site"


def _module_file(name):
    """The source file of module `name` of this package, or None if there is none."""
    relative = Path(*name.split("."))
    for path in (ROOT / relative.with_suffix(".py"), ROOT / relative / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imported(name, path):
    """(modules of this package, top-level names of others) that the source at `path` imports."""
    ours, others = set(), set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name if is_package else name.rpartition(".")[0]
                anchor = importlib.util.resolve_name("." * node.level, anchor) if anchor else anchor
                base = f"{anchor}.{base}" if base else anchor
            # `from package import name`: the name may be a module of its own
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            top = target.partition(".")[0]
            if top == PACKAGE:
                if _module_file(target):
                    ours.add(target)
            elif top:
                others.add(top)
    return ours, others


@cache
def _closure(modules):
    files, others, seen, todo = set(), set(), set(), list(modules)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _module_file(name)
        files.add(path)
        if path.name == "__init__.py":
            # what the package keeps beside its code for the code to fill: its templates
            files.update(p for p in (path.parent / "templates").glob("*") if p.is_file())
        ours, theirs = _imported(name, path)
        # a submodule runs its packages' __init__ first
        parents = {name.rsplit(".", k)[0] for k in range(1, name.count(".") + 1)}
        todo.extend(ours | parents)
        others |= theirs
    installed = packages_distributions()
    distributions = {d for top in others for d in installed.get(top, ())}
    return frozenset(files), frozenset(distributions)


def inputs(modules, data_files=()):
    """(files, distributions) that feed a result made by `modules` (dotted names) reading
    `data_files`: the modules' sources, their packages' templates and the files named."""
    files, distributions = _closure(tuple(sorted(modules)))
    return sorted(files | {Path(f).resolve() for f in data_files}), sorted(distributions)

