"""The program tests run on every supported Python against the oldest and newest NumPy.

Supported: Python 3.10 to 3.13 (what requirements.txt installs on) and NumPy 1.26
(requirements.in's floor) to the newest release. For each Python, "oldest" is the first
supported NumPy release with wheels for it and "newest" the last release with wheels for it.
Verified when written with `pip index versions numpy --python-version X --only-binary=:all:`
and `pip download --no-deps --only-binary=:all: --python-version X numpy==V`: no cp313 wheels
before 2.1.0; NumPy 2.3 dropped 3.10 and 2.5 dropped 3.11. When NumPy releases, update the
workflow's matrix and this table together.
"""
from github_files import TESTS, load, steps_using
from packaging.version import Version

OLDEST_AND_NEWEST_NUMPY = {
    "3.10": ("1.26.0", "2.2.6"),
    "3.11": ("1.26.0", "2.4.6"),
    "3.12": ("1.26.0", "2.5.5"),
    "3.13": ("2.1.0", "2.5.5"),
}
NUMPY_FLOOR = Version("1.26")


def programs_job():
    return load(TESTS)["jobs"]["programs"]


def test_program_matrix_covers_python_310_to_313_oldest_and_newest_numpy():
    matrix = programs_job()["strategy"]["matrix"]
    assert set(matrix) == {"include"}, "only explicit combinations, no cross product"
    combinations = sorted((entry["python"], entry["numpy"]) for entry in matrix["include"])
    expected = sorted((python, numpy) for python, pair in OLDEST_AND_NEWEST_NUMPY.items()
                      for numpy in pair)
    assert combinations == expected


def test_oldest_numpy_is_within_support():
    for python, (oldest, newest) in OLDEST_AND_NEWEST_NUMPY.items():
        assert NUMPY_FLOOR <= Version(oldest) < Version(newest), python


def test_program_jobs_use_the_matrix_python_and_numpy():
    job = programs_job()
    [setup] = steps_using(job, "actions/setup-python")
    assert setup["with"]["python-version"] == "${{ matrix.python }}"
    # the NumPy version reaches the script through the environment, never pasted into it
    installs = [s for s in job["steps"] if "numpy==" in s.get("run", "")]
    assert len(installs) == 1
    assert installs[0]["env"]["NUMPY_VERSION"] == "${{ matrix.numpy }}"
    assert '"numpy==$NUMPY_VERSION"' in installs[0]["run"]
    assert "${{" not in installs[0]["run"]


def test_program_jobs_run_the_program_tests():
    assert programs_job()["steps"][-1]["run"].strip() == "python -m pytest tests/programs"
