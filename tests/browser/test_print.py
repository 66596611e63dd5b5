"""A page printed as a reader prints it (Chromium's own PDF, read by paper.py): on white paper
whichever scheme the screen shows, no page but the last left a third empty, and the
explorer's values without its controls, saying which iteration they are."""
import pytest
from browsing import DESKTOP, NAV_PAGES, page_id
from paper import pages

MARGIN_MM = 15
MARGIN_PT = MARGIN_MM / 25.4 * 72


def printed(page, paper="A4"):
    margin = f"{MARGIN_MM}mm"
    return pages(page.pdf(format=paper, print_background=True,
                          margin={"top": margin, "bottom": margin, "left": margin, "right": margin}))


def test_the_dark_scheme_prints_on_white_paper(tab, site_url):
    page = tab(viewport=DESKTOP, color_scheme="dark").show(site_url, "").page
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    sheets = printed(page)
    dark = [(number, colour) for number, sheet in enumerate(sheets, 1)
            for colour in sheet.paper_colours() if min(colour) < 0.97]
    assert dark == []


@pytest.mark.parametrize("path", NAV_PAGES, ids=page_id)
def test_no_printed_page_but_the_last_is_a_third_empty(tab, site_url, path):
    # a block that may not break (a figure, an answer, an output) and does not fit at the
    # foot of a page moves whole to the next, leaving the rest of this one empty
    page = tab(viewport=DESKTOP, color_scheme="light").show(site_url, path).page
    sheets = printed(page)
    empty = []
    for number, sheet in enumerate(sheets[:-1], 1):
        room = sheet.height - 2 * MARGIN_PT
        left = (sheet.lowest_ink() - MARGIN_PT) / room
        if left > 1 / 3:
            empty.append(f"page {number}: {left:.0%} empty")
    assert empty == [], f"{len(sheets)} pages"


def test_the_explorer_prints_its_values_and_which_iteration_not_its_controls(tab, site_url):
    page = tab(viewport=DESKTOP, color_scheme="light").show(site_url, "part1/").page
    explorer = page.locator("#explorer-part1")
    explorer.scroll_into_view_if_needed()
    page.wait_for_selector("#explorer-part1[data-ready]")
    number = explorer.locator("input[type=number]")
    number.fill("5000")
    number.press("Enter")
    explorer.locator("[data-do=step]").click()  # step mode: the lines after it are hidden
    explorer.locator("select").select_option("2")
    page.emulate_media(media="print")
    try:
        controls = ["[data-do=play]", "[data-do=step]", "[data-do=whole]", "input[type=range]",
                    "input[type=number]", "select"]
        assert [c for c in controls if explorer.locator(c).is_visible()] == []
        caption = explorer.locator(".nn11-explorer__caption")
        assert caption.is_visible()
        assert caption.inner_text() == "Iteration 5,000 of 9,999; node values for row 3: X = 1 0 1."
        # every line's value, the ones step mode has not reached included
        assert explorer.evaluate("""root => [...root.querySelectorAll('.nn11-explorer__value')]
          .filter(v => getComputedStyle(v).visibility !== 'visible').length""") == 0
    finally:
        page.emulate_media(media="screen")
