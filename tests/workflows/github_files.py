"""The repository's GitHub files (workflows, Dependabot), read as GitHub reads them."""
import yaml

from nn11site.paths import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = GITHUB / "workflows"
TESTS = WORKFLOWS / "tests.yml"
PAGES = WORKFLOWS / "pages.yml"


def workflow_files():
    return sorted(WORKFLOWS.glob("*.yml")) + sorted(WORKFLOWS.glob("*.yaml"))


def load(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 (PyYAML) reads the key `on` as the boolean True; GitHub reads it as "on"
    if True in data:
        data["on"] = data.pop(True)
    return data


def step(job, step_id):
    """The step of `job` with id `step_id` (ids, unlike names, are meant to be referred to)."""
    matches = [s for s in job["steps"] if s.get("id") == step_id]
    assert len(matches) == 1, f"expected one step with id {step_id!r}"
    return matches[0]


def steps_using(job, action):
    """The steps of `job` that use `action` (owner/repo), whatever ref it is pinned to."""
    return [s for s in job["steps"] if s.get("uses", "").split("@")[0] == action]
