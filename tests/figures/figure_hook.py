"""hooks/figures.py loaded as a module, the way MkDocs loads it (its folder on sys.path)."""
import importlib.util
import sys

from listings import ROOT

HOOKS = ROOT / "hooks"


def load():
    if "nn11_figures" in sys.modules:
        return sys.modules["nn11_figures"]
    sys.path.insert(0, str(HOOKS))
    try:
        spec = importlib.util.spec_from_file_location("nn11_figures", HOOKS / "figures.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["nn11_figures"] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(HOOKS))
    return module
