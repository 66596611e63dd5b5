"""Results of the slow build steps, made once per set of inputs and kept between builds.

Running the programs for the explorer and drawing the figures are most of a build's time.
While a writer edits prose under `mkdocs serve`, neither result changes, so each is kept
under a key: a hash of the bytes of every file it depends on and the versions of every
package that could change it (nn11site.build_inputs finds both from the code that makes the
result). Change any of those and the key changes, so a kept result is never stale; it is
simply not found, and made again.

A result is kept twice: in this process (a build under `mkdocs serve`, or the tests' second
build, asks again at once) and on disk in .cache/. NN11_FRESH_BUILD=1 turns the disk off: the
Pages workflow builds the published site so. CI starts from a clean clone, so what its builds
reuse was made in the same run.
"""
import hashlib
import os
import pickle
import platform
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

from nn11site.build_inputs import inputs
from nn11site.paths import CACHE, ROOT


def enabled():
    return os.environ.get("NN11_FRESH_BUILD", "") not in ("1", "true")


def key(files, packages):
    """A hash of the files' paths and bytes, the packages' versions and the Python version."""
    digest = hashlib.sha256(f"python {platform.python_version()}\n".encode())
    for package in sorted(packages):
        digest.update(f"{package} {version(package)}\n".encode())
    for path in sorted(Path(f).resolve() for f in files):
        digest.update(f"{path.relative_to(ROOT).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def folder(step, files, packages):
    """The folder that holds `step`'s results for these inputs (made on first use). Results
    kept for other inputs are removed: they can only be stale now."""
    path = CACHE / step / key(files, packages)
    if not path.is_dir():
        for other in path.parent.glob("*"):
            if other != path:
                shutil.rmtree(other, ignore_errors=True)
        path.mkdir(parents=True, exist_ok=True)
    return path


def write(path, data):
    """Keep `data` (bytes) at `path` whole or not at all: a build reading it meanwhile finds
    either nothing or all of it."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


# step -> (key, Future): what this process made, or is making, for which inputs
_made = {}
_lock = threading.Lock()
# One thread per step: a step started early (when MkDocs collects the files) is made while
# the pages render. An exception in it is raised where the result is asked for.
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="nn11-build")


def start(step, make, modules, data_files=()):
    """Begin making `make()` in the background unless it is made, or being made, for the
    present inputs: those of the code in `modules` (dotted names) and the `data_files` it
    reads. Returns the result's Future."""
    files, packages = inputs(modules, data_files)
    current = key(files, packages)
    with _lock:
        held = _made.get(step)
        if held is None or held[0] != current:
            held = _made[step] = (current, _pool.submit(_load_or_make, step, make, files, packages))
    return held[1]


def result(step, make, modules, data_files=()):
    """`make()`'s result for the present inputs (see `start`), waiting for it if need be."""
    return start(step, make, modules, data_files).result()


def _load_or_make(step, make, files, packages):
    if not enabled():
        return make()
    kept = folder(step, files, packages) / "result.pickle"
    if kept.is_file():
        # written below, by this code, for exactly these inputs (the key says so)
        return pickle.loads(kept.read_bytes())
    made = make()
    write(kept, pickle.dumps(made))
    return made
