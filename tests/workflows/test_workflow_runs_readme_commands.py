"""The test workflow runs the README's own set-up commands, not a copy that could drift.

A contributor's green check then means that what the README tells a newcomer to run works.
"""
from github_files import PAGES, TESTS, load, step
from readme import setup_commands

# The README's first command ends by starting the dev server, which never exits; CI runs the
# part before it (creating .venv and installing requirements.txt).
SERVE = " && .venv/bin/mkdocs serve"


def readme_install_command():
    serve_command = setup_commands()[0]
    assert serve_command.endswith(SERVE), "the README's first command no longer ends by serving"
    return serve_command.removesuffix(SERVE)


def test_workflow_test_step_is_readme_test_command():
    suite = load(TESTS)["jobs"]["suite"]
    readme_test = step(suite, "readme-test")
    assert readme_test["run"].strip() == setup_commands()[1]
    # the README's set-up has no Node tools: nothing before its test step installs them
    before = suite["steps"][:suite["steps"].index(readme_test)]
    assert not any("npm" in s.get("run", "") for s in before)


def test_workflow_install_step_is_readme_install_command():
    suite = load(TESTS)["jobs"]["suite"]
    assert step(suite, "readme-install")["run"].strip() == readme_install_command()


def test_pages_build_installs_as_readme_does():
    # the published site is built with the same pinned packages that the tests ran with
    build = load(PAGES)["jobs"]["build"]
    installs = [s for s in build["steps"] if "requirements.txt" in s.get("run", "")]
    assert [s["run"].strip() for s in installs] == [readme_install_command()]
