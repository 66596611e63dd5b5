"""No Python block on the site escapes the tests.

pytest-codeblocks runs a fence only when its info string is exactly `python`: a fence written
`python linenums="1"`, `py` or `pycon` is silently skipped. So every Python-looking fence on
every page must be either collected (and not skipped), or made only of snippet includes of
the programs that tests/programs runs.
"""
import pytest
from pytest_codeblocks.main import extract_from_file

from listings import PROGRAMS, ROOT
from markdown_blocks import PAGES, all_blocks

TESTED_PROGRAMS = {program for program, _ in PROGRAMS.values()}
ALL_MARKDOWN = PAGES + [ROOT / "README.md"]


def test_guard_reads_the_pages_like_pytest_codeblocks():
    # If this parser and the plugin disagree, the guard below would guard the wrong blocks.
    for page in ALL_MARKDOWN:
        plugin = [b.code for b in extract_from_file(page) if b.syntax == "python"]
        ours = [b.body for b in all_blocks([page]) if b.collected_by_codeblocks]
        assert plugin == ours, page


def test_every_python_block_is_run_or_an_included_listing():
    escaped = []
    for block in all_blocks(ALL_MARKDOWN):
        if not block.is_python or block.collected_by_codeblocks:
            continue
        includes = block.includes
        if includes is None or any(path not in TESTED_PROGRAMS for path, _, _ in includes):
            escaped.append(f"{block.where()}: ```{block.info.strip()}")
    assert not escaped, "Python blocks that no test runs:\n" + "\n".join(escaped)


def test_no_python_block_is_skipped_or_expected_to_fail():
    for page in ALL_MARKDOWN:
        for block in extract_from_file(page):
            if block.syntax == "python":
                assert not any("skip" in m or "xfail" in m for m in block.marks), \
                    f"{page.relative_to(ROOT)}:{block.lineno}"


def test_included_lines_show_their_real_line_numbers():
    """An excerpt `--8<-- "part1.py:36:36"` must be numbered 36, a whole listing from 1."""
    checked = 0
    for block in all_blocks():
        includes = block.includes
        if not block.is_python or includes is None:
            continue
        assert len(includes) == 1, f"{block.where()}: one include per listing block"
        path, start, _ = includes[0]
        assert block.attribute("linenums") == str(start or 1), block.where()
        checked += 1
    assert checked > 0


def test_included_listings_name_their_program():
    """The hook links line numbers by the data-listing / data-excerpt attribute."""
    names = {program: name for name, (program, _) in PROGRAMS.items()}
    for block in all_blocks():
        includes = block.includes
        if not block.is_python or includes is None:
            continue
        path, start, end = includes[0]
        expected_kind = "data-listing" if start is None else "data-excerpt"
        assert block.attribute(expected_kind) == names[path], block.where()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_include_resolves(page):
    for block in all_blocks([page]):
        for path, start, end in block.includes or []:
            assert path is not None and path.is_file(), block.where()
            if start is not None:
                assert 1 <= start <= end <= len(path.read_text().splitlines()), block.where()


def test_no_snippet_changes_numpys_global_print_options():
    # pytest-codeblocks runs every block in one process: a set_printoptions in one snippet
    # would change what every later snippet prints (use `with np.printoptions(...)`).
    for block in all_blocks(ALL_MARKDOWN):
        if block.collected_by_codeblocks:
            assert "set_printoptions" not in block.body, block.where()
