"""pytest-xdist keeps the tests that share a module fixture on one worker, each page of a
parametrized one apart (worker_groups.py), so that a page is loaded, or a notebook run, once.
Nothing fails when the groups stop holding (an upgrade of pytest or xdist did that once:
requirements.in): the suite just does the work again on the other worker. So a small suite of
its own proves it, run on two workers, its tests grouped exactly as the real ones are, in the
order that splits groups that are not held.
"""
import os
import subprocess
import sys
from collections import defaultdict

from nn11site.paths import ROOT

CONFTEST = """
import pytest
from worker_groups import mark_groups

@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    mark_groups(items)
"""

PAGES = """
import os
import pytest

PAGES = ["", "part1/", "part2/", "claims/"]

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


def test_tests_sharing_a_module_fixture_run_on_one_worker_each_page_apart(tmp_path):
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_pages.py").write_text(PAGES)
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
    assert len(workers) == 4 and sum(1 for _ in seen.read_text().splitlines()) == 16
    assert all(len(ran_on) == 1 for ran_on in workers.values()), dict(workers)
