"""hooks/figures.py loaded as MkDocs loads a hook: by path, under a name of its own, with
hooks/ on sys.path only while the module runs (so its sibling modules must be imported then,
as they must be under MkDocs)."""
import importlib.util
import sys

from nn11site.paths import ROOT

HOOKS = ROOT / "hooks"


def load():
    if "nn11_figures" not in sys.modules:
        spec = importlib.util.spec_from_file_location("nn11_figures", HOOKS / "figures.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["nn11_figures"] = module
        saved = sys.path.copy()
        sys.path.insert(0, str(HOOKS))
        try:
            spec.loader.exec_module(module)
        finally:
            sys.path[:] = saved
    return sys.modules["nn11_figures"]
