"""The site's search as a reader types into it: the method's common names find it.

The pages write "back-propagation"; Material's search splits words at hyphens (mkdocs.yml's
`separator`) and matches what is typed as the start of a word. Readers also type the name
whole or short: for each of them, the result Material scores highest (a page's sections are
listed under it, the best one possibly folded away) is about back-propagation.
"""
import pytest
from browsing import Watched, load
from worker_groups import one_worker

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)

NAMES = ["backprop", "backpropagation", "back-propagation", "Backpropagation", "back propagation"]


@pytest.fixture(scope="module")
def searching(browser, site_url):
    watched = Watched(browser)
    page = watched.new_page()
    load(page, site_url)
    page.locator(".md-search__input").click()
    yield page
    watched.close()
    assert watched.errors == [] and watched.foreign == []


# what Material's result list says while the field is empty
EMPTY = "Type to start searching"


@pytest.mark.parametrize("typed", NAMES)
def test_each_name_of_the_method_finds_back_propagation(searching, typed):
    field = searching.locator(".md-search__input")
    meta = "document.querySelector('.md-search-result__meta').textContent.trim()"
    # emptied first, then the whole name at once: the list then answers this name alone
    # (Material searches as a key goes up)
    field.fill("")
    field.press("End")
    searching.wait_for_function(f"{meta} === {EMPTY!r}")
    field.fill(typed)
    field.press("End")
    searching.wait_for_function(f"{meta} !== {EMPTY!r}")
    said = searching.evaluate(meta)
    assert "No matching" not in said, (typed, said)
    best = searching.evaluate("""() => [...document.querySelectorAll(
        '.md-search-result__item article')].sort((a, b) => b.dataset.mdScore - a.dataset.mdScore)
      .map(article => article.textContent)[0]""")
    assert "back-propagation" in best.lower(), typed
