"""The files made from the programs (figure SVGs, the explorer's data) come from one piece of
code, nn11site.generated_files, whether the nn11 plugin adds them to a MkDocs build or
`python -m nn11site.generate` writes them into docs/ for a builder without the plugin."""
import subprocess
import warnings

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from nn11site import generated_files
from nn11site.paths import DOCS, ROOT


def test_the_generation_command_writes_what_the_build_serves(built_site, tmp_path):
    written = generated_files.write(tmp_path)
    paths = sorted(p.relative_to(tmp_path).as_posix() for p in written)
    assert paths == sorted(generated_files.paths())
    for path in paths:
        assert (tmp_path / path).read_bytes() == (built_site / path).read_bytes(), path


def test_what_the_command_writes_into_docs_is_ignored_by_git():
    under_docs = [(DOCS / path).relative_to(ROOT).as_posix() for path in generated_files.paths()]
    ignored = subprocess.run(["git", "check-ignore", "--no-index", *under_docs], cwd=ROOT,
                             capture_output=True, text=True, check=False).stdout.split()
    assert sorted(ignored) == sorted(under_docs)


class Announces(BasePlugin):
    def on_files(self, files, config):
        self.made = generated_files.announce(files, config)
        return files


def test_a_copy_left_in_docs_gives_way_to_the_files_made_now(tmp_path):
    (tmp_path / "docs").mkdir()
    config = MkDocsConfig()
    config.load_dict({"site_name": "a site", "docs_dir": str(tmp_path / "docs"),
                      "site_dir": str(tmp_path / "site"), "plugins": []})
    assert config.validate() == ([], [])
    path = generated_files.paths()[0]
    left = File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
    # announced from a plugin's on_files, as the nn11 plugin does (without starting the work)
    config.plugins["announces"] = announces = Announces()
    with warnings.catch_warnings():
        # MkDocs replaces a file appended twice, and warns that it will stop doing so
        warnings.simplefilter("error")
        files = config.plugins.on_files(Files([left]), config=config)
    assert all(file is not left for file in files)
    assert files.get_file_from_path(path) in announces.made
    assert sorted(f.src_uri for f in files) == sorted(generated_files.paths())
