"""Part 1's walkthrough as a reader meets it: the listing beside the prose on a wide screen,
the line being explained marked as they scroll, lines that lead to their sections, a bar
that keeps the line in sight on a phone, and the same words without JavaScript or on paper.

Part 1 is loaded once on a desktop for the tests below; each starts from the top of it, with
nothing pointed at, focused or printed (see `part1`).
"""
import pytest
from browsing import MOBILE, load, next_frames, scroll_through, show, wait_for_scroll_recorded
from worker_groups import one_worker

from nn11site.listings import LISTINGS

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)

PART1_LINES = LISTINGS["part1"].lines()


@pytest.fixture(scope="module")
def part1_on_a_desktop(browser, site_url):
    shown = show(browser, site_url, "part1/")
    yield shown
    shown.watched.close()


@pytest.fixture
def part1(part1_on_a_desktop):
    """Part 1 as a reader finds it on arriving: at the top, nothing marked or pointed at."""
    page, watched = part1_on_a_desktop.page, part1_on_a_desktop.watched
    page.emulate_media(media="null")
    # back through the links a test followed within the page, as the browser's Back button
    # goes, so that Material knows where the page is
    # (navigation.tracking puts the heading read last in the address: that is no link followed)
    for _ in range(page.evaluate("navigation.currentEntry.index")):
        page.go_back()
    assert page.evaluate("navigation.currentEntry.index") == 0
    page.mouse.move(0, 0)  # the header: over no line and no link to one
    page.evaluate("""() => {
      document.activeElement && document.activeElement.blur();
      history.replaceState(history.state, "", location.pathname);
      scrollTo(0, 0);
      document.querySelector(".walkthrough__code").scrollTo(0, 0);
    }""")
    page.wait_for_function("!document.querySelector('.is-current, .is-previewed')")
    wait_for_scroll_recorded(page)
    yield page
    assert watched.errors == [] and watched.foreign == []


def scroll_to(page, anchor):
    page.evaluate(f"document.getElementById('{anchor}').scrollIntoView()")


def current_lines(page):
    return page.evaluate(
        "[...document.querySelectorAll('[data-listing] code > .is-current')].map(s => s.id)")


def wait_in_view(page, selector, inside=".walkthrough__code"):
    """Wait until the element is within the viewport and within the listing's own scroll box
    (which scrolls smoothly to a marked line)."""
    page.wait_for_function("""([selector, inside]) => {
      const r = document.querySelector(selector).getBoundingClientRect();
      const b = document.querySelector(inside).getBoundingClientRect();
      return r.top >= Math.max(b.top, 0) && r.bottom <= Math.min(b.bottom, innerHeight);
    }""", arg=[selector, inside])


def follow(page, action):
    """Do what follows a link (a click, a key), wait until it has added one history entry,
    and return that entry's address. (The address bar cannot tell: navigation.tracking
    rewrites it as the page settles. RECORD_PUSHED_URL keeps what was pushed.)"""
    entry = page.evaluate("navigation.currentEntry.index")
    action()
    page.wait_for_function(f"navigation.currentEntry.index === {entry + 1}")
    return page.evaluate("window.nn11PushedUrl")


def wheel(page, pixels):
    """Turn the mouse wheel, and return once the page has stopped scrolling (the walkthrough
    works the current section out again when a scroll ends, before this returns)."""
    page.evaluate("""() => { window.nn11ScrollEnded = false;
      addEventListener("scrollend", () => { window.nn11ScrollEnded = true; }, {once: true}); }""")
    page.mouse.wheel(0, pixels)
    page.wait_for_function("window.nn11ScrollEnded")


def test_scrolling_to_line_36_marks_listing_line_36(part1, screenshots):
    scroll_to(part1, "line-32")
    part1.wait_for_selector("#part1-32.is-current")
    # a reader scrolling with the wheel, not jumping
    for _ in range(40):
        if current_lines(part1) == ["part1-36"]:
            break
        wheel(part1, 120)
    assert current_lines(part1) == ["part1-36"]
    assert part1.locator(".linenos .normal.is-current").inner_text().strip() == "36"
    wait_in_view(part1, "#part1-36")
    part1.screenshot(path=screenshots / "part1-line36-desktop.png")


def test_listing_stays_in_view_beside_the_prose(part1):
    scroll_to(part1, "line-39")
    part1.wait_for_selector("#part1-39.is-current")
    listing = part1.locator(".walkthrough__code").bounding_box()
    prose = part1.locator(".walkthrough__prose").bounding_box()
    assert listing["x"] > prose["x"] + prose["width"] - 1, "side by side"
    assert 0 <= listing["y"] < 100, "stuck under the header"
    wait_in_view(part1, "#part1-39")


def test_a_section_marks_every_line_its_excerpt_shows(part1):
    scroll_to(part1, "line-4")
    part1.wait_for_selector("#part1-4.is-current")
    assert current_lines(part1) == ["part1-4", "part1-5", "part1-6", "part1-7"]


def test_outside_the_line_sections_nothing_is_marked(part1):
    # from a marked line, each time: the marks must go, not merely never have come
    for outside in ["glossary", "takeaways"]:
        scroll_to(part1, "line-36")
        part1.wait_for_selector("#part1-36.is-current")
        scroll_to(part1, outside)
        part1.wait_for_function("!document.querySelector('[data-listing] code > .is-current')")
        assert current_lines(part1) == [], outside


def test_clicking_listing_line_39_lands_on_its_section(part1):
    scroll_to(part1, "listing")
    part1.locator("#part1-39").scroll_into_view_if_needed()  # within the listing's own box
    wait_for_scroll_recorded(part1)
    line = part1.locator("#part1-39").bounding_box()
    code = part1.locator("[data-listing='part1'] td.code code").bounding_box()
    # well to the right of the code's text: anywhere on the line counts
    followed = follow(part1, lambda: part1.mouse.click(code["x"] + code["width"] - 20, line["y"] + line["height"] / 2))
    assert followed.endswith("/part1/#line-39")
    part1.wait_for_selector("#part1-39.is-current")
    top = part1.locator("#line-39").bounding_box()["y"]
    assert 0 <= top < 200


def test_a_line_without_a_section_goes_nowhere(part1):
    line = part1.locator("#part1-3")
    line.scroll_into_view_if_needed()
    wait_for_scroll_recorded(part1)
    where = line.bounding_box()["y"]
    line.click()
    # a jump would start within a frame of the click, and Material records a moved page
    # only once it has stopped: wait for both
    next_frames(part1)
    wait_for_scroll_recorded(part1)
    assert abs(line.bounding_box()["y"] - where) < 2, "the page stayed where it was"
    assert "#line-" not in part1.url


def test_pointing_at_a_line_reference_marks_that_line(part1):
    link = part1.locator(".walkthrough__prose a[href$='#line-36']").first
    link.scroll_into_view_if_needed()
    link.hover()
    part1.wait_for_selector("#part1-36.is-previewed")
    # an excerpt marks all of its lines
    excerpt = part1.locator("#line-4 + [data-excerpt]")
    excerpt.hover()
    part1.wait_for_selector("#part1-7.is-previewed")
    assert not part1.locator("#part1-36.is-previewed").count()
    # pointing at nothing in particular lets go
    part1.locator("#line-4").hover()
    part1.wait_for_function("!document.querySelector('.is-previewed')")


def test_keyboard_reaches_and_follows_the_line_numbers(part1):
    part1.locator(".walkthrough__code a[href$='#line-36']").focus()
    wait_for_scroll_recorded(part1)
    part1.keyboard.press("Tab")  # lines 37 and 38 have no section: nothing to stop at
    focused = part1.evaluate("""() => {
      const a = document.activeElement, style = getComputedStyle(a);
      return {href: a.hash, outline: style.outlineStyle,
              width: parseFloat(style.outlineWidth)};
    }""")
    assert focused["href"] == "#line-39"
    assert focused["outline"] != "none" and focused["width"] >= 1, "visible focus"
    part1.wait_for_selector("#part1-39.is-previewed")
    assert follow(part1, lambda: part1.keyboard.press("Enter")).endswith("/part1/#line-39")
    part1.wait_for_selector("#part1-39.is-current")


def test_on_a_phone_the_bar_shows_the_line_being_read(watched, site_url, screenshots):
    browser = watched(viewport=MOBILE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = browser.new_page()
    load(page, site_url + "part1/")
    bar = page.locator(".walkthrough__now")
    assert bar.is_hidden(), "nothing is being read yet"
    # stacked: the listing comes first, then the prose, both the screen's width
    listing = page.locator(".walkthrough__code").bounding_box()
    prose = page.locator(".walkthrough__prose").bounding_box()
    assert listing["y"] + listing["height"] <= prose["y"] + 1
    assert listing["width"] <= 375 and prose["width"] <= 375
    # a jump, as by a link: the reader follows "line 36" in the text above it
    link = page.locator(".walkthrough__prose a[href$='#line-36']").first
    link.scroll_into_view_if_needed()
    wait_for_scroll_recorded(page)
    assert follow(page, link.click).endswith("/part1/#line-36")
    wait_for_scroll_recorded(page)
    # the bar showed line 32's section before the jump: wait for the new one
    page.wait_for_function(
        "bar => !bar.hidden && bar.querySelector('.walkthrough__now-number').textContent === 'Line 36'",
        arg=bar.element_handle())
    # drawn whole as it appears: its line is no code block the browser may skip off screen
    assert bar.locator("code").evaluate("el => getComputedStyle(el).contentVisibility") == "visible"
    assert bar.inner_text().split() == ["Line", "36"] + PART1_LINES[35].split()
    # the heading jumped to is below the header and the bar, not under them
    heading = page.locator("#line-36").bounding_box()
    bar_box = bar.bounding_box()
    assert heading["y"] >= bar_box["y"] + bar_box["height"] - 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=screenshots / "part1-line36-mobile.png")
    assert browser.errors == []


def test_without_javascript_every_line_and_word_is_there(watched, site_url, built_site):
    browser = watched(java_script_enabled=False)
    page = browser.new_page()
    page.goto(site_url + "part1/")
    listing = page.locator("[data-listing='part1'] td.code code")
    assert listing.is_visible()
    assert listing.inner_text().rstrip("\n").split("\n") == PART1_LINES
    # a section for every line number that links to one, and each of them shown
    headings = page.locator(".walkthrough__prose h2[id^='line-']").all()
    linked = page.locator("[data-listing='part1'] .linenos a[href^='#line-']").all()
    assert [h.get_attribute("id") for h in headings] == [a.get_attribute("href")[1:] for a in linked] != []
    for heading in headings:
        assert heading.is_visible(), heading.get_attribute("id")
    # every word of the prose is rendered: its text is the built page's text
    assert page.locator(".walkthrough__prose").is_visible()
    assert page.locator(".walkthrough__now").count() == 0
    # (Run and Edit's bar is hidden on purpose: its buttons cannot work without JavaScript)
    assert page.evaluate("""() => [...document.querySelectorAll('.md-content *')]
        // (the explorer's controls and the Run bar need their scripts; the explorer's no-JS
        // table stands in for it, and the bar keeps its room, hidden)
        .filter(el => el.textContent.trim()
                && !el.closest('style, script, template, .headerlink, [data-needs-script], .nn11-run'))
        .filter(el => getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden')
        .map(el => el.tagName)""") == []


def test_printing_gives_the_whole_listing_and_no_chrome(part1, screenshots):
    scroll_to(part1, "line-36")
    part1.wait_for_selector("#part1-36.is-current")
    part1.emulate_media(media="print")
    for chrome in [".md-header", ".md-tabs", ".md-footer", ".md-search", ".walkthrough__now"]:
        assert part1.locator(chrome).first.is_hidden(), chrome
    listing = part1.evaluate("""() => {
      const box = document.querySelector('.walkthrough__code'), style = getComputedStyle(box);
      return {position: style.position, clipped: box.scrollHeight > box.clientHeight + 1};
    }""")
    assert listing == {"position": "static", "clipped": False}
    part1.pdf(path=screenshots / "part1-print.pdf", format="A4")


def test_every_code_block_gets_its_copy_button_and_no_landmark(part1):
    # Material mounts code blocks as they scroll into view (content.lazy); an exercise's
    # answer comes into view when the reader opens it, so open them all first
    part1.evaluate("document.querySelectorAll('.md-content details').forEach(d => d.open = true)")
    scroll_through(part1)
    blocks = part1.locator(".md-content pre > code").count()
    buttons = part1.locator(".md-content .md-code__nav button[data-md-type='copy']").count()
    no_copy = part1.locator(".md-content .no-copy pre > code").count()
    assert buttons == blocks - no_copy > 10
    # a copy button is not site navigation (theme-repairs.js; axe: landmark-unique)
    assert part1.locator("nav.md-code__nav:not([role='none'])").count() == 0
