"""Material's features as a reader uses them: copy, colour scheme, search, page to page."""
from browsing import follow_tab, load, wait_for_page, wait_for_scroll_recorded

from nn11site.paths import ROOT


def scheme(page):
    return page.evaluate("document.body.dataset.mdColorScheme")


def test_copy_button_copies_nn11_py_exactly(watched, site_url):
    browser = watched(permissions=["clipboard-read", "clipboard-write"])
    page = browser.new_page()
    load(page, site_url)
    block = page.locator(".highlight[data-listing='nn11']")
    block.hover()
    block.locator("button.md-code__button[data-md-type='copy']").click()
    page.locator(".md-dialog--active").wait_for()  # Material's "Copied to clipboard"
    copied = page.evaluate("navigator.clipboard.readText()")
    # Material trims trailing whitespace from what it copies: the file's final newline
    assert copied + "\n" == (ROOT / "nn11.py").read_text(encoding="utf-8")
    assert browser.errors == []


def test_dark_mode_toggles_and_persists_across_pages(watched, site_url):
    browser = watched(color_scheme="light")
    page = browser.new_page()
    load(page, site_url)
    assert scheme(page) == "default"
    # the toggle cycles: follow the system -> light -> dark
    for _ in range(3):
        if scheme(page) == "slate":
            break
        page.locator("form[data-md-component='palette'] label:not([hidden])").click()
    assert scheme(page) == "slate"
    # to another page by instant navigation (no reload) ...
    follow_tab(page, "Part 1", site_url + "part1/")
    assert scheme(page) == "slate"
    # ... and by a fresh load, which reads the choice back from storage
    load(page, site_url + "questions/")
    assert scheme(page) == "slate"
    assert browser.errors == []


def test_search_finds_sigmoid(watched, site_url):
    browser = watched()
    page = browser.new_page()
    load(page, site_url)
    page.locator(".md-search__input").click()
    page.keyboard.type("sigmoid")
    first = page.locator(".md-search-result__item").first
    first.wait_for()
    assert "sigmoid" in first.inner_text().lower()
    assert page.locator(".md-search-result__meta").inner_text().split()[0].isdigit()
    assert browser.errors == [] and browser.foreign == []


def test_the_first_link_to_a_heading_keeps_the_page_and_goes_there(watched, site_url):
    # Material 9.7 fetched the page again on the first such link after a full load, and put
    # the copy in place of the page being read: an edited block, its output, a running Python,
    # the explorer's iteration were lost (nn11site/instant_anchor_fix.py mends it)
    browser = watched()
    page = browser.new_page()
    load(page, site_url + "part1/")
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    content = page.locator(".md-content").element_handle()
    link = page.locator(".walkthrough__prose a[href$='#line-36']").first
    link.scroll_into_view_if_needed()
    wait_for_scroll_recorded(page)
    before = page.evaluate("scrollY")
    link.click()
    # the heading comes to the top of the screen, and the walkthrough marks its line
    page.wait_for_selector("#part1-36.is-current")
    top = page.locator("#line-36").bounding_box()["y"]
    assert 0 < top < 0.4 * page.viewport_size["height"]
    wait_for_scroll_recorded(page)
    # the same page, not a fetched copy of it
    assert content.evaluate("el => el.isConnected")
    assert [url for url in fetched if url.endswith("/part1/")] == []
    # and Back returns to where the link was followed from
    page.go_back()
    page.wait_for_function(f"scrollY === {before}")
    assert content.evaluate("el => el.isConnected")
    assert browser.errors == []


def test_walkthrough_works_after_instant_navigation(watched, site_url):
    # Material swaps pages without reloading scripts: ours must set up again on each page
    browser = watched()
    page = browser.new_page()
    load(page, site_url)
    follow_tab(page, "Part 1", site_url + "part1/")
    page.wait_for_selector("#part1-36.has-section", state="attached")
    wait_for_scroll_recorded(page)  # Material's scroll to the new page's top, once it is done
    page.evaluate("document.getElementById('line-36').scrollIntoView()")
    page.wait_for_selector("#part1-36.is-current")
    # and again after leaving and coming back, with one set of listeners, not two
    follow_tab(page, "Home", site_url)
    page.go_back()
    wait_for_page(page, site_url + "part1/")
    page.wait_for_selector("#part1-36.has-section", state="attached")
    # Material restores the scroll position it recorded for this entry (the top), a moment
    # after the page is back: on a busy machine, after a scroll made at once. A reader whose
    # scroll was undone scrolls again, and so does this
    wait_for_scroll_recorded(page)
    page.wait_for_function("""() => {
      if (document.querySelector('#part1-39.is-current')) return true;
      document.getElementById('line-39').scrollIntoView();
      return false;
    }""", polling=500)
    assert page.locator(".walkthrough__now").count() == 1
    assert browser.errors == []
