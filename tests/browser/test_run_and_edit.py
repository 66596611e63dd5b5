"""Run and Edit in a real browser, with the interpreter's core served from the npm package
(running.py), wheels refused as offline. Pure-Python code runs for real. The same blocks run
through the real CDN and NumPy in the GitHub job (test_run_on_the_real_cdn.py).

Every test holds the site's rule: no request to another host before a click, and after it
only to the two pinned addresses.
"""
import time

import pytest
from browsing import axe_violations, follow_tab, in_dark_scheme
from running import (
    PACKAGES_URL,
    bar,
    block,
    edit_to,
    editor,
    only_pinned,
    output,
    printed,
    start_endless_loop,
    status,
    wait_until_ended,
)

pytestmark = pytest.mark.node


def focus_is_visible(page):
    return page.evaluate("""() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    }""")


# What Run and Edit adds to a page: the bars, the editor and its hint, the output, the diff.
# (The rest of every page is test_pages.py's, in both schemes.)
RUN_AND_EDIT_PARTS = ".nn11-run, .nn11-run-editor, .nn11-run-editor__hint, .nn11-run-output, .nn11-run-diff"


def test_edit_type_run_and_reset_by_keyboard_alone(open_page):
    browser, page, cdn = open_page("part1/", color_scheme="light")
    original = block(page, 0).locator("code").text_content()
    bar(page, 0).get_by_role("button", name="Run").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Edit"
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    # the first press imports run-and-edit.js, then opens the editor and moves into it
    page.wait_for_function("document.activeElement.classList.contains('nn11-run-editor')")
    assert browser.foreign == [] and cdn.requests == [], "Edit fetches nothing from elsewhere"

    page.keyboard.press("Control+a")
    page.keyboard.type("for i in range(3):")
    page.keyboard.press("Enter")  # keeps the indentation, one level deeper after a colon
    page.keyboard.type("print(i * 7)")
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    page.keyboard.type("if True:")
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # Tab indents instead of leaving the editor
    page.keyboard.type("print('end')")
    assert editor(page, 0).input_value() == "for i in range(3):\n    print(i * 7)\nif True:\n    print('end')"

    page.keyboard.press("Escape")  # leaves the editor, for the Run button
    assert page.evaluate("document.activeElement.textContent") == "Run"
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    ended = wait_until_ended(page, 0)
    assert printed(page, 0).text_content() == "0\n7\n14\nend\n"
    assert "your edit changed the output" in ended
    assert page.locator(".nn11-run-diff").count() == 1
    only_pinned(cdn, browser)

    # axe sees the editor, the output and the diff, in either scheme
    assert axe_violations(page, RUN_AND_EDIT_PARTS) == []
    with in_dark_scheme(page):
        assert axe_violations(page, RUN_AND_EDIT_PARTS) == []

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Reset"
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    assert page.locator(".nn11-run-editor").count() == 0
    assert block(page, 0).is_visible()
    assert block(page, 0).locator("code").text_content() == original
    assert page.evaluate("document.activeElement.textContent") == "Edit"
    assert browser.errors == []


def test_stop_ends_an_endless_loop_and_the_next_run_works(open_page):
    browser, page, cdn = open_page("questions/")
    start_endless_loop(page, 0)
    bar(page, 0).get_by_role("button", name="Stop").click()
    assert wait_until_ended(page, 0, 5_000).startswith("Stopped")

    editor(page, 0).fill('print("again")\n')
    bar(page, 0).get_by_role("button", name="Run").click()
    wait_until_ended(page, 0)
    assert printed(page, 0).text_content() == "again\n"

    # a Python error shows its traceback, with the line it happened on
    editor(page, 0).fill("def half(n):\n    return n / 0\n\nhalf(1)\n")
    bar(page, 0).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 0, 30_000).startswith("Python stopped at an error")
    traceback = printed(page, 0).locator(".nn11-run-output__error").text_content()
    assert "Traceback (most recent call last)" in traceback
    assert 'line 2, in half' in traceback and "return n / 0" in traceback
    assert traceback.rstrip().endswith("ZeroDivisionError: division by zero")
    assert "_nn11_run" not in traceback, "the runner's own frame is left out"

    # very long output is cut, with a note
    editor(page, 0).fill("for i in range(5000):\n    print(i)\n")
    bar(page, 0).get_by_role("button", name="Run").click()
    assert "too long to show whole" in wait_until_ended(page, 0, 30_000)
    shown = printed(page, 0).text_content()
    assert shown.startswith("0\n1\n") and shown.count("\n") == 2000
    assert "3,000 more lines not shown" in page.locator(".nn11-run-output__note").first.text_content()
    only_pinned(cdn, browser)
    assert browser.errors == []


def test_reset_during_a_run_ends_it_unseen_and_offers_run_again(open_page):
    browser, page, cdn = open_page("questions/")
    start_endless_loop(page, 0)
    bar(page, 0).get_by_role("button", name="Reset").click()
    assert block(page, 0).is_visible(), "the original code is back"
    assert bar(page, 0).get_by_role("button", name="Run").is_visible()
    # a late message of the run Reset ended would draw its output box again
    page.wait_for_timeout(500)
    assert output(page, 0).count() == 0
    # the loop is no longer running: the original code (it imports NumPy, whose wheels are
    # refused here) runs at once, in a fresh Python
    bar(page, 0).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 0).startswith("NumPy could not be fetched")
    assert "looping" not in printed(page, 0).text_content()
    assert browser.errors == []


def test_unedited_block_says_same_as_above_and_numpy_fails_clearly_within_seconds(open_page):
    browser, page, cdn = open_page("questions/")
    # the one snippet without NumPy: it reads the listings, placed beside it from this site
    paths = page.locator(".highlight[data-run]").evaluate_all(
        "els => els.map(el => el.textContent.includes('from pathlib import Path'))")
    reads_listings = paths.index(True)
    bar(page, reads_listings).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, reads_listings) == "Done: the same output as the one shown above."

    numpy_block = 0
    assert "import numpy" in block(page, numpy_block).locator("code").text_content()
    started = time.monotonic()
    bar(page, numpy_block).get_by_role("button", name="Run").click()
    ended = wait_until_ended(page, numpy_block, 10_000)
    took = time.monotonic() - started
    assert ended.startswith(f"NumPy could not be fetched from {PACKAGES_URL}"), ended
    assert took < 5, f"{took:.1f} s to say NumPy could not be fetched"
    note = page.locator(".nn11-run-output__note").last.text_content()
    assert "save it as snippet.py and run python snippet.py" in note and "pip install numpy" in note
    assert any(url.startswith(PACKAGES_URL + "numpy-") for url in cdn.requests)
    only_pinned(cdn, browser)
    # the refused wheel is reported by the browser itself; nothing else may be
    assert [e for e in browser.errors if "Failed to load resource" not in e] == []


def test_together_blocks_share_one_namespace_and_the_worker_survives_navigation(open_page, site_url):
    browser, page, cdn = open_page("notebook/")
    assert block(page, 0).get_attribute("data-run") == "together"
    edit_to(page, 0, "x = 41\n")
    edit_to(page, 1, "print(x + 1)\n")
    # Run on the second cell runs the first one first, in the same namespace
    bar(page, 1).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 1).startswith("Done")
    assert status(page, 0).text_content().startswith("Done")
    assert printed(page, 1).text_content() == "42\n"

    page.evaluate("window.nn11SamePage = true")
    follow_tab(page, "Questions", site_url + "questions/")
    page.locator(".highlight[data-run]").first.wait_for()
    assert page.evaluate("window.nn11SamePage === true"), "instant navigation, not a reload"

    # a block on an ordinary page starts clean: the notebook's x is not there
    edit_to(page, 0, "print(x + 1)\n")
    bar(page, 0).get_by_role("button", name="Run").click()
    assert wait_until_ended(page, 0, 30_000).startswith("Python stopped at an error")
    assert "NameError: name 'x' is not defined" in printed(page, 0).text_content()
    fetched = [url for url in cdn.requests if url.endswith("/pyodide.mjs")]
    assert len(fetched) == 1, "the worker and its Python outlive instant navigation"
    only_pinned(cdn, browser)
    assert browser.errors == []


def test_without_javascript_the_bar_keeps_its_room_but_shows_no_dead_buttons(watched, site_url):
    page = watched(java_script_enabled=False).new_page()
    page.goto(site_url + "part1/")
    bar_box = bar(page, 0).bounding_box()
    assert bar_box and bar_box["height"] > 0, "the room is kept, so nothing moves when JavaScript runs"
    assert bar(page, 0).evaluate("el => getComputedStyle(el).visibility") == "hidden"
