"""On the hosted site the notebook page also opens the notebook in Colab and in Binder.

The links are built from the repository and branch the Pages workflow publishes
(PAGES_REPOSITORY and PAGES_BRANCH, which it sets from GitHub's own variables); a local build
knows neither and shows no link. They are plain links: nothing is requested until the reader
follows one. One build here sets the variables; the session's build (`built_site`) is the
build without them.
"""
import os
import re

import pytest
from bs4 import BeautifulSoup
from worker_groups import one_worker

from nn11site.paths import ROOT
from nn11site.site import build

# builds the site a second time, with the hosted repository named, once: on one worker
pytestmark = [pytest.mark.slow, one_worker(__name__)]

REPOSITORY = "example-owner/nn11"
BRANCH = "main"
HOSTED = {"PAGES_REPOSITORY": REPOSITORY, "PAGES_BRANCH": BRANCH}


def notebook_page(site):
    return BeautifulSoup((site / "notebook" / "index.html").read_text(encoding="utf-8"), "html.parser")


def links(site):
    return {a.get_text(): a for a in notebook_page(site).select(".nn11-download a")}


@pytest.fixture(scope="module")
def hosted_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("hosted-site")
    build(site, "http://127.0.0.1:8000/", env_extra=HOSTED)
    return site


@pytest.fixture
def local_site(built_site):
    if any(os.environ.get(name) for name in HOSTED):
        pytest.fail("PAGES_REPOSITORY or PAGES_BRANCH is set: the session's build is not a local one")
    return built_site


def test_local_build_offers_only_the_download(local_site):
    assert list(links(local_site)) == ["Download the notebook (.ipynb)"]
    html = (local_site / "notebook" / "index.html").read_text(encoding="utf-8")
    assert "colab.research.google.com" not in html and "mybinder.org" not in html


def test_hosted_build_opens_the_notebook_of_its_repository_and_branch_in_colab(hosted_site):
    colab = links(hosted_site)["Open in Colab"]
    assert colab["href"] == (f"https://colab.research.google.com/github/{REPOSITORY}/blob/{BRANCH}/"
                             "docs/notebook.ipynb")


def test_hosted_build_opens_the_notebook_of_its_repository_and_branch_in_binder(hosted_site):
    binder = links(hosted_site)["Open in Binder"]
    assert binder["href"] == f"https://mybinder.org/v2/gh/{REPOSITORY}/{BRANCH}?labpath=docs%2Fnotebook.ipynb"


def test_the_links_are_plain_links_that_load_nothing(hosted_site):
    page = notebook_page(hosted_site)
    for link in list(links(hosted_site).values())[1:]:
        assert link.name == "a" and link.get("target") is None
        assert not link.find("img"), "a badge image would be fetched from another host"
    elsewhere = [tag for tag in page.find_all(src=True) if re.match(r"https?://", tag["src"])]
    assert elsewhere == []


def test_the_notebook_they_open_is_in_the_repository():
    assert (ROOT / "docs" / "notebook.ipynb").is_file()


def test_binder_installs_the_numpy_the_site_pins():
    # Binder builds its environment from binder/requirements.txt: the notebook needs NumPy alone
    pinned = re.search(r"^numpy==(\S+)", (ROOT / "requirements.txt").read_text(), re.M).group(1)
    binder = [line for line in (ROOT / "binder" / "requirements.txt").read_text().splitlines()
              if line and not line.startswith("#")]
    assert binder == [f"numpy=={pinned}"]
