import pytest

from nn11site.figures.drawing import build


@pytest.fixture(scope="session")
def drawn():
    """Every figure as nn11site.figures draws it now: drawn once for all the figure tests."""
    return build()
