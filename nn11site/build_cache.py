"""Results of the slow build steps kept between builds, under a key made of all they depend on.

Executing the notebook and drawing the figures are most of a build's time. While a writer
edits prose under `mkdocs serve`, neither result changes, so each is kept in .cache/ under a
key: a hash of the bytes of every file it depends on and the versions of every package that
could change it. Change any of those and the key changes, so a kept result is never stale;
it is simply not found, and made again.

NN11_FRESH_BUILD=1 turns the cache off: the Pages workflow builds the published site so. CI
starts from a clean clone, so what its builds reuse was made in the same run.
"""
import hashlib
import os
import platform
import shutil
from importlib.metadata import version
from pathlib import Path

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
