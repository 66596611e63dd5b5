"""A result kept between builds is found again only for exactly the inputs it was made from.

(tests/figures/test_figures_on_pages.py compares the built pages, which may come from the
cache, with figures drawn afresh: a stale figure would fail there.)
"""
import ast

from nn11site import build_cache, build_inputs
from nn11site.build_inputs import inputs
from nn11site.paths import ROOT


def test_the_key_changes_with_any_byte_of_any_input(tmp_path, monkeypatch):
    monkeypatch.setattr(build_cache, "ROOT", tmp_path)
    first, second = tmp_path / "a.py", tmp_path / "b.css"
    first.write_text("x = 1\n")
    second.write_text("p { }\n")
    before = build_cache.key([first, second], ["numpy"])
    assert build_cache.key([second, first], ["numpy"]) == before, "the order files are named in"
    second.write_text("p {  }\n")
    assert build_cache.key([first, second], ["numpy"]) != before


def test_the_key_changes_with_the_packages_that_make_the_result():
    files = [ROOT / "nn11.py"]
    assert build_cache.key(files, ["numpy"]) != build_cache.key(files, ["numpy", "matplotlib"])


def test_a_fresh_build_keeps_nothing(monkeypatch):
    monkeypatch.setenv("NN11_FRESH_BUILD", "1")
    assert not build_cache.enabled()
    monkeypatch.delenv("NN11_FRESH_BUILD")
    assert build_cache.enabled()


def source_of(module):
    """The file that holds a module of this repository: a package's is its __init__.py."""
    path = ROOT / module.replace(".", "/")
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def test_the_figures_key_covers_every_module_that_draws_them():
    drawn_from = set(inputs(["nn11site.figures"])[0])
    drawing_code = sorted((ROOT / "nn11site" / "figures").glob("*.py"))
    assert set(drawing_code) <= drawn_from
    # and every module of this repository that the drawing code imports
    for path in drawing_code:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nn11site"):
                names = [node.module] if node.module != "nn11site" else \
                    [f"nn11site.{alias.name}" for alias in node.names]
                for name in names:
                    module = source_of(name)
                    if module.name != "paths.py":   # where files are; not what is drawn
                        assert module.resolve() in drawn_from, f"{path.name} imports {name}"


def test_the_explorer_key_covers_every_module_that_records_the_runs():
    run_from = set(inputs(["nn11site.explorer.runs"])[0])
    recorder = ROOT / "nn11site" / "explorer" / "data.py"
    assert recorder in run_from
    for node in ast.walk(ast.parse(recorder.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nn11site."):
            module_path = source_of(node.module)
            if module_path.name != "paths.py":
                assert module_path in run_from, f"explorer_data imports {node.module}"


def test_the_inputs_are_read_from_the_imports_not_listed(tmp_path, monkeypatch):
    """A module imported by any route (absolute, relative, inside a function) is an input, and
    so are its package's templates and the distributions it imports; a module nothing imports
    is not."""
    package = tmp_path / "nn11site"
    (package / "part" / "templates").mkdir(parents=True)
    sources = {"__init__.py": "", "part/__init__.py": "from . import made\n",
               "part/made.py": "import numpy\n\n\ndef make():\n    from nn11site import helper\n",
               "helper.py": "from .deeper import value\n", "deeper.py": "value = 1\n",
               "unused.py": "", "part/templates/page.html": "<p>{{ value }}</p>\n"}
    for name, text in sources.items():
        (package / name).write_text(text)
    monkeypatch.setattr(build_inputs, "ROOT", tmp_path)
    build_inputs._closure.cache_clear()
    try:
        files, distributions = build_inputs.inputs(["nn11site.part.made"])
    finally:
        build_inputs._closure.cache_clear()
    found = {path.relative_to(package).as_posix() for path in files}
    assert found == set(sources) - {"unused.py"}
    assert distributions == ["numpy"]
