"""Rewrite docs/notebook.ipynb from notebook/nn11.md and the listings (nn11site.notebook).

    python tools/build_notebook.py           # rewrite docs/notebook.ipynb
    python tools/build_notebook.py --check   # exit 1 if the committed notebook is stale
"""
import sys

from nn11site.notebook import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
