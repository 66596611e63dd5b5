"""Every action is pinned to a full commit SHA of a release, with that release in a comment.

A tag can be moved to other code; a commit cannot. The comment is what Dependabot updates
along with the SHA, and what a reader checks. For the releases recorded below (read from the
actions' own repositories when the workflows were written) the SHA must be that release's
commit; a release not listed (a later Dependabot update) is held to the shape only, since
verifying it needs GitHub (zizmor's online audits do that on GitHub).
"""
import re

from github_files import load, workflow_files

RELEASE_COMMITS = {
    ("actions/checkout", "v7.0.1"): "3d3c42e5aac5ba805825da76410c181273ba90b1",
    ("actions/setup-python", "v7.0.0"): "5fda3b95a4ea91299a34e894583c3862153e4b97",
    ("actions/configure-pages", "v5.0.0"): "983d7736d9b0ae728b81ab479565c72886d7745b",
    ("actions/upload-pages-artifact", "v5.0.0"): "fc324d3547104276b827a68afc52ff2a11cc49c9",
    ("actions/deploy-pages", "v5.0.0"): "cd2ce8fcbc39b97be8ca5fce6e763baed58fa128",
}

USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>\S+)(?P<comment>.*)$")
PINNED = re.compile(
    r"(?P<action>[\w.-]+/[\w.-]+)@(?P<sha>[0-9a-f]{40}) # (?P<version>v\d+\.\d+\.\d+)")


def uses_values(node):
    """Every `uses:` value in a parsed workflow, wherever it appears."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "uses":
                yield value
            else:
                yield from uses_values(value)
    elif isinstance(node, list):
        for item in node:
            yield from uses_values(item)


def test_actions_pinned_to_release_commits():
    pins = 0
    for path in workflow_files():
        lines = [USES_LINE.match(line) for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [match for match in lines if match]
        # every `uses:` GitHub sees is one of the lines checked here (none hides in a flow map)
        assert [m["ref"] for m in lines] == list(uses_values(load(path))), path.name
        for match in lines:
            text = match["ref"] + match["comment"]
            pin = PINNED.fullmatch(text)
            assert pin, f"{path.name}: `uses: {text}` is not owner/repo@<40-hex SHA> # vX.Y.Z"
            known = RELEASE_COMMITS.get((pin["action"], pin["version"]))
            assert known in (None, pin["sha"]), \
                f"{path.name}: {pin['action']} {pin['version']} is commit {known}, not {pin['sha']}"
            pins += 1
    assert pins, "no actions found: the workflows were not read"


def test_each_action_pinned_to_one_commit_everywhere():
    # two SHAs for one action would mean one workflow missed an update
    seen = {}
    for path in workflow_files():
        for value in uses_values(load(path)):
            action, sha = value.split("@")
            seen.setdefault(action, set()).add(sha)
    assert {action: len(shas) for action, shas in seen.items()} == {a: 1 for a in seen}
