import pytest
from figure_hook import load


@pytest.fixture(scope="session")
def drawn():
    """Every figure as hooks/figures.py draws it now: drawn once for all the figure tests."""
    return load().build()
