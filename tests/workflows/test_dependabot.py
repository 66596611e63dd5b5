"""Dependabot proposes updates for every pinned thing: Python packages, actions, Node tools."""
import yaml
from github_files import GITHUB

from nn11site.paths import ROOT

# ecosystem -> the manifest at the repository root that it updates
MANIFESTS = {"pip": "requirements.txt", "github-actions": ".github/workflows",
             "npm": "package.json"}


def test_dependabot_updates_pip_actions_and_npm():
    config = yaml.safe_load((GITHUB / "dependabot.yml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    updates = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(updates) == set(MANIFESTS)
    for ecosystem, manifest in MANIFESTS.items():
        assert updates[ecosystem]["directory"] == "/", ecosystem
        assert (ROOT / manifest).exists(), manifest
        assert updates[ecosystem]["schedule"]["interval"], ecosystem
