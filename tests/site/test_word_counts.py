"""Words of prose are counted one way (nn11site/word_count.py), and the pages keep to issue
18's budget: no page above 2,700 words of prose, 11,000 in all."""
import subprocess
import sys

from nn11site.paths import ROOT
from nn11site.word_count import PAGE_LIMIT, TOTAL_LIMIT, count, pages, prose_words

SAMPLE = '''---
title: A page
hide:
  - navigation
---

# A heading

Some prose with `inline code` and [a link](elsewhere.md#there).

<!-- listing part1 -->

```python
print("code is not prose")
```

<!--pytest-codeblocks:expected-output-->
``` { .text .no-copy .output title="printed by something" }
code is not prose
```

| Row | Input |
| :-: | :---: |
|  1  |   0   |

| Name | What it holds |
| ---- | ------------- |
| `X` | the inputs |

!!! note "A title"
    Inside a note − counted.

??? question "Answer"

    ```python
    print(1)
    ```

    Said after the answer's code.
'''


def test_prose_is_counted_and_code_outputs_markers_and_number_tables_are_not():
    assert prose_words(SAMPLE) == [
        "A", "heading",
        "Some", "prose", "with", "inline", "code", "and", "a", "link.",
        "Name", "What", "it", "holds", "X", "the", "inputs",
        "A", "title", "Inside", "a", "note", "counted.",
        "Answer", "Said", "after", "the", "answer's", "code."]


def test_every_page_keeps_to_its_budget_and_all_to_the_total():
    counts = {path.name: count(path.read_text(encoding="utf-8")) for path in pages()}
    over = {name: words for name, words in counts.items() if words > PAGE_LIMIT}
    assert not over, f"pages over {PAGE_LIMIT:,} words of prose: {over} (tools/word_count.py)"
    assert sum(counts.values()) <= TOTAL_LIMIT, f"{sum(counts.values()):,} words of prose in all"


def test_counting_runs_no_program_and_draws_no_figure():
    # in a fresh interpreter: this one may have imported them for another test
    counted = subprocess.run(
        [sys.executable, "-c", "import sys\n"
         "from nn11site.word_count import count, pages\n"
         "[count(p.read_text(encoding='utf-8')) for p in pages()]\n"
         "print(sorted(m for m in sys.modules if m.startswith(('matplotlib', 'nn11site.figures', "
         "'nn11site.explorer', 'nn11site.traces'))))"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    assert counted.stdout.strip() == "[]"
