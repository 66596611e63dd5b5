"""The Pages workflow builds the site strictly, from scratch, for its hosted address.

The site's links (instant navigation, the notebook download) depend on mkdocs.yml's site_url,
so the build must be given the URL GitHub Pages reports. Permissions, pinning and injection
are zizmor's and actionlint's to check (test_workflows_pass_*.py).
"""
from github_files import PAGES, load, steps_using

from nn11site.paths import ROOT


def test_pages_builds_strict_from_scratch_for_the_hosted_address():
    build = load(PAGES)["jobs"]["build"]
    [configure] = steps_using(build, "actions/configure-pages")
    [mkdocs] = [s for s in build["steps"] if "mkdocs build" in s.get("run", "")]
    assert mkdocs["run"].strip() == ".venv/bin/mkdocs build --strict"
    # configure-pages strips the trailing slash; MkDocs wants the site's folder URL
    assert mkdocs["env"]["SITE_URL"] == "${{ steps." + configure["id"] + ".outputs.base_url }}/"
    assert "site_url: !ENV [SITE_URL," in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # no result of an earlier build may reach the published site
    assert mkdocs["env"]["NN11_FRESH_BUILD"] == "1"
    [upload] = steps_using(build, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"
    order = build["steps"].index
    assert order(configure) < order(mkdocs) < order(upload)


def test_pages_build_names_the_repository_and_branch_it_publishes():
    # nn11site/notebook_page.py builds the Colab and Binder links from these two; GitHub's own
    # GITHUB_* variables cannot be set by a workflow and are set in every job, tests included
    build = load(PAGES)["jobs"]["build"]
    [mkdocs] = [s for s in build["steps"] if "mkdocs build" in s.get("run", "")]
    assert mkdocs["env"]["PAGES_REPOSITORY"] == "${{ github.repository }}"
    assert mkdocs["env"]["PAGES_BRANCH"] == "${{ github.ref_name }}"
