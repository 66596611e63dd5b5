"""What a run shows under its block: no empty box, a cut note that counts what was cut, and
a plain word for what a page cannot do (typed input)."""
import pytest
from running import bar, edit_to, output, printed, status, unexpected_errors, wait_until_ended
from worker_groups import one_worker

pytestmark = [pytest.mark.node, one_worker(__name__)]


def no_empty_box(page, index):
    """Nothing printed: the printed-output box takes no room and cannot be focused."""
    box = output(page, index).locator("xpath=pre[contains(@class, 'printed')]")
    assert printed(page, index).text_content() == ""
    assert box.bounding_box() is None, f"an empty box under: {status(page, index).text_content()}"
    assert box.evaluate("el => { el.focus(); return document.activeElement !== el; }"), \
        f"the empty box takes focus under: {status(page, index).text_content()}"


def test_no_empty_output_box_shows_or_takes_focus_whatever_the_status(open_page):
    browser, page, cdn = open_page("questions/")
    edit_to(page, 0, "while True:\n    pass\n")
    edit_to(page, 1, "x = 1\n")
    bar(page, 0).get_by_role("button", name="Run").click()
    assert status(page, 0).text_content().startswith("Fetching Python")
    no_empty_box(page, 0)
    page.wait_for_function("el => el.textContent.startsWith('Running')",
                           arg=status(page, 0).element_handle(), timeout=120_000)
    no_empty_box(page, 0)
    bar(page, 1).get_by_role("button", name="Run").click()
    assert status(page, 1).text_content().startswith("Waiting")
    no_empty_box(page, 1)
    bar(page, 0).get_by_role("button", name="Stop").click()
    assert wait_until_ended(page, 0, 5_000).startswith("Stopped")
    no_empty_box(page, 0)
    assert wait_until_ended(page, 1).startswith("Done")
    no_empty_box(page, 1)
    # an unedited NumPy block, with the wheels refused: could not be fetched
    numpy_block = page.locator(".highlight[data-run]").evaluate_all(
        "els => els.findIndex((el, i) => i > 1 && el.textContent.includes('import numpy'))")
    bar(page, numpy_block).get_by_role("button", name="Run").click()
    assert "could not be fetched" in wait_until_ended(page, numpy_block, 30_000)
    no_empty_box(page, numpy_block)
    assert unexpected_errors(browser) == []


@pytest.mark.parametrize(("code", "note"), [
    # one long line: the characters of it that were cut
    ("print('x' * 10**6)\n", "Output cut here: 800,000 more characters of this line not shown."),
    ("print('x' * 10**6)\nprint('y')\nprint('z', end='')\n",
     "Output cut here: 800,000 more characters of this line and 2 more lines not shown."),
    # whole lines
    ("for i in range(2001):\n    print(i)\n", "Output cut here: 1 more line not shown."),
])
def test_the_cut_note_counts_what_was_cut(python_page, code, note):
    browser, page, cdn = python_page
    edit_to(page, 0, code)
    bar(page, 0).get_by_role("button", name="Run").click()
    assert "too long to show whole" in wait_until_ended(page, 0)
    assert page.locator(".nn11-run-output__note").first.text_content() == note
    assert browser.errors == []


def test_input_says_a_page_cannot_ask_for_typed_input_and_what_to_do_instead(python_page):
    browser, page, cdn = python_page
    edit_to(page, 0, 'print("Hello")\nname = input("Your name? ")\nprint(name)\n')
    bar(page, 0).get_by_role("button", name="Run").click()
    said = wait_until_ended(page, 0)
    assert said.startswith("Python stopped at input() on line 2: a page cannot ask you to type input"), said
    assert "give the variable a value" in said.lower()
    assert printed(page, 0).text_content() == "Hello\n"
    assert "Error" not in printed(page, 0).text_content()
    assert browser.errors == []
