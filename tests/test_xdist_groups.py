"""pytest-xdist keeps the tests that share a module fixture on one worker, each page of a
parametrized one apart (worker_groups.py), so that a page is loaded, or a notebook run, once.
Nothing fails when the groups stop holding (an upgrade of pytest or xdist did that once:
requirements.in): the suite just does the work again on the other worker. So a small suite of
its own proves it, run on two workers, its tests grouped exactly as the real ones are, in the
order that splits groups that are not held.
"""
import ast
import os
import subprocess
import sys
from collections import defaultdict

from nn11site.paths import ROOT

SHARED = {"module", "class", "package"}

PAGES = """
import os
import pytest
from worker_groups import one_worker_each

PAGES = one_worker_each(__name__, ["", "part1/", "part2/", "claims/"], lambda page: page or "home")

def seen(page, how):
    with open(os.environ["SEEN"], "a") as out:
        out.write(f"{os.environ['PYTEST_XDIST_WORKER']} {page or 'home'} {how}\\n")

@pytest.fixture(scope="module", params=PAGES)
def desktop(request):
    return request.param

@pytest.fixture(scope="module", params=PAGES)
def phone(request):
    return request.param

def test_a(desktop): seen(desktop, "desktop a")
def test_b(phone): seen(phone, "phone b")
def test_c(desktop): seen(desktop, "desktop c")
def test_d(phone): seen(phone, "phone d")
"""

KERNEL = """
import os
import pytest
from worker_groups import one_worker

pytestmark = one_worker(__name__)

@pytest.fixture(scope="module")
def kernel():
    return "kernel"

def seen(how):
    with open(os.environ["SEEN"], "a") as out:
        out.write(f"{os.environ['PYTEST_XDIST_WORKER']} kernel {how}\\n")

def test_e(kernel): seen("e")
def test_f(kernel): seen("f")
def test_g(kernel): seen("g")
def test_h(kernel): seen("h")
"""


def test_tests_sharing_a_module_fixture_run_on_one_worker_each_page_apart(tmp_path):
    (tmp_path / "test_pages.py").write_text(PAGES)
    (tmp_path / "test_kernel.py").write_text(KERNEL)
    seen = tmp_path / "seen.txt"
    env = dict(os.environ, SEEN=str(seen), PYTHONPATH=str(ROOT / "tests"))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", os.devnull,
         "--rootdir", str(tmp_path), "-n", "2", "--dist", "loadgroup", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:]
    workers = defaultdict(set)
    for line in seen.read_text().splitlines():
        worker, page, _ = line.split(" ", 2)
        workers[page].add(worker)
    assert len(workers) == 5 and sum(1 for _ in seen.read_text().splitlines()) == 20
    assert all(len(ran_on) == 1 for ran_on in workers.values()), dict(workers)


def test_every_module_with_a_module_fixture_marks_its_group():
    """A module fixture with no group mark would be made again on the other worker, and
    nothing would fail: so every test module that defines one marks its tests."""
    unmarked = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text())
        shared = [node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                  for decorator in node.decorator_list if isinstance(decorator, ast.Call)
                  for keyword in decorator.keywords
                  if keyword.arg == "scope" and getattr(keyword.value, "value", None) in SHARED]
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        if shared and not names & {"one_worker", "one_worker_each"}:
            unmarked.append(f"{path.relative_to(ROOT)}: {', '.join(shared)}")
    assert unmarked == []
