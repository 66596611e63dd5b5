"""Which of NumPy's AVX-512 code paths this machine takes."""
import json
import os
import subprocess
import sys

PROBE = """
import json
try:
    from numpy._core import _multiarray_umath as m
except ImportError:  # NumPy 1.x
    from numpy.core import _multiarray_umath as m
print(json.dumps([f for f in m.__cpu_dispatch__
                  if m.__cpu_features__.get(f) and ("512" in f or f == "X86_V4")]))
"""


def avx512_features(env=None):
    """The AVX-512 features NumPy dispatches to in a fresh process with this environment."""
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=True, env=env or dict(os.environ))
    return json.loads(done.stdout)
