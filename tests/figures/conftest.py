import pytest
from mkdocs_hooks import load_hook


@pytest.fixture(scope="session")
def drawn():
    """Every figure as hooks/figures.py draws it now: drawn once for all the figure tests."""
    return load_hook("figures").build()
