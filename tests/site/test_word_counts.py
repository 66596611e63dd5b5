"""Words of prose are counted one way (nn11site/word_count.py)."""
from nn11site.word_count import prose_words

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

