"""A hook of hooks/ loaded as MkDocs loads one: by path, under a name of its own, with hooks/
on sys.path only while the module runs (so its sibling modules must be imported then, as
they must be under MkDocs). Each is loaded once per test process."""
import importlib.util
import sys

from nn11site.paths import ROOT

HOOKS = ROOT / "hooks"


def load_hook(name):
    """The module hooks/<name>.py."""
    key = f"nn11_hook_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, HOOKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        saved = sys.path.copy()
        sys.path.insert(0, str(HOOKS))
        try:
            spec.loader.exec_module(module)
        finally:
            sys.path[:] = saved
    return sys.modules[key]
