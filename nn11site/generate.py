"""`python -m nn11site.generate`: write the figures' SVGs and the explorer's data into docs/
(git-ignored there), for a build by a builder that runs no MkDocs plugin, such as Zensical.
`mkdocs build` and `mkdocs serve` need no such step: the nn11 plugin makes the same files
with the same code (nn11site.generated_files)."""
from nn11site import generated_files
from nn11site.paths import DOCS, ROOT


def main():
    for path in generated_files.write(DOCS):
        print(path.relative_to(ROOT).as_posix())


if __name__ == "__main__":
    main()
