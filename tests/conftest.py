import sys
from pathlib import Path

# the tests import their helpers (programs.py, ...) by plain name
sys.path.insert(0, str(Path(__file__).resolve().parent))
