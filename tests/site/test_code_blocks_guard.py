"""No Python block on the site escapes the tests.

pytest-codeblocks runs a fence only when its info string is exactly `python`: a fence written
`python linenums="1"`, `py` or `pycon` is silently skipped. So every Python-looking fence on
every page must be collected, and not skipped. The listings and their excerpts are ```nn11
blocks that hold nothing: nn11site.render fills them from the programs tests/programs runs
(tests/site/test_embed_grammar.py).
"""
from markdown_blocks import PAGES, all_blocks
from pytest_codeblocks.main import extract_from_file

from nn11site.paths import ROOT

ALL_MARKDOWN = [*PAGES, ROOT / "README.md"]


def test_guard_reads_the_pages_like_pytest_codeblocks():
    # If this parser and the plugin disagree, the guard below would guard the wrong blocks.
    for page in ALL_MARKDOWN:
        plugin = [b.code for b in extract_from_file(page) if b.syntax == "python"]
        ours = [b.body for b in all_blocks([page]) if b.collected_by_codeblocks]
        assert plugin == ours, page


def test_every_python_block_is_run():
    escaped = [f"{block.where()}: ```{block.info.strip()}" for block in all_blocks(ALL_MARKDOWN)
               if block.is_python and not block.collected_by_codeblocks]
    assert not escaped, "Python blocks that no test runs:\n" + "\n".join(escaped)


def test_no_python_block_is_skipped_or_expected_to_fail():
    for page in ALL_MARKDOWN:
        for block in extract_from_file(page):
            if block.syntax == "python":
                assert not any("skip" in m or "xfail" in m for m in block.marks), \
                    f"{page.relative_to(ROOT)}:{block.lineno}"


def test_no_snippet_changes_numpys_global_print_options():
    # pytest-codeblocks runs every block in one process: a set_printoptions in one snippet
    # would change what every later snippet prints (use `with np.printoptions(...)`).
    for block in all_blocks(ALL_MARKDOWN):
        if block.collected_by_codeblocks:
            assert "set_printoptions" not in block.body, block.where()
