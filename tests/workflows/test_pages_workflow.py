"""The Pages workflow builds the site strictly for its hosted address and deploys it safely.

It runs on every push to main; only the deploy job may write to Pages; deployments never
overlap; and the site is built with the URL GitHub Pages reports, so mkdocs.yml's site_url
(which instant navigation and the notebook download depend on) is the hosted one.
"""
from github_files import PAGES, load, steps_using

from nn11site.paths import ROOT


def pages():
    return load(PAGES)


def test_pages_publishes_every_push_to_main():
    triggers = pages()["on"]
    assert triggers["push"] == {"branches": ["main"]}
    assert "workflow_dispatch" in triggers


def test_pages_builds_strict_with_site_url_from_pages_environment():
    build = pages()["jobs"]["build"]
    [configure] = steps_using(build, "actions/configure-pages")
    [mkdocs] = [s for s in build["steps"] if "mkdocs build" in s.get("run", "")]
    assert mkdocs["run"].strip() == ".venv/bin/mkdocs build --strict"
    # configure-pages strips the trailing slash; MkDocs wants the site's folder URL
    assert mkdocs["env"]["SITE_URL"] == "${{ steps." + configure["id"] + ".outputs.base_url }}/"
    assert "site_url: !ENV [SITE_URL," in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    [upload] = steps_using(build, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"
    # built before it is uploaded, and the URL known before it is built
    order = build["steps"].index
    assert order(configure) < order(mkdocs) < order(upload)


def test_pages_write_and_id_token_only_on_deploy_job():
    workflow = pages()
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    # configure-pages needs to read the Pages settings, nothing more
    assert jobs["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert set(jobs) == {"build", "deploy"}


def test_pages_deploys_the_built_artifact_to_pages_environment():
    deploy = pages()["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    [step] = steps_using(deploy, "actions/deploy-pages")
    assert deploy["environment"] == {
        "name": "github-pages", "url": "${{ steps." + step["id"] + ".outputs.page_url }}"}


def test_pages_deployments_never_overlap():
    concurrency = pages()["concurrency"]
    assert concurrency["group"]
    # a deployment under way finishes; the next one waits instead of cancelling it
    assert concurrency["cancel-in-progress"] is False
