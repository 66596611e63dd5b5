// Written by tools/pin_pyodide.py from node_modules/pyodide (package.json pins the
// version); tests/site/test_run_and_edit_files.py checks that it is current.
export const VERSION = "314.0.7";
// the npm package, mirrored by jsDelivr: the interpreter's core
export const CORE_URL = "https://cdn.jsdelivr.net/npm/pyodide@314.0.7/";
// the release: the wheels (NumPy), where Pyodide's own CDN default points
export const PACKAGES_URL = "https://cdn.jsdelivr.net/pyodide/v314.0.7/full/";
// what the core weighs, uncompressed, to tell the reader before the first download
export const CORE_BYTES = 13531207;
// the SHA-256 of each core file in the npm package, checked by run-worker.js before use
export const INTEGRITY = {
  "pyodide.mjs": "sha256-bx1g979Sm+swDw9HmDySHTmCNjZAuiCvDjjv3dvGYQk=",
  "pyodide.asm.mjs": "sha256-983I7OgGeM63EvjmXr5tOoMgOhgMOZhl9JYSoFFpNjU=",
  "pyodide.asm.wasm": "sha256-zDbjyrBP38mmP/E+tS6uK5Eb9GwCXMeygfOUvT3h1eY=",
  "python_stdlib.zip": "sha256-+hlX5XdwaPxPdDf5bYYK4vvpwZcyugbITgBOwW3X3Xo=",
  "pyodide-lock.json": "sha256-XcL8EZEIvBSMdFfchudnW1yH4cr9QgucNMHq73s2wBA=",
};
