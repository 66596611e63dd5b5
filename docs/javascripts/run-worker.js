// Run and Edit, the interpreter: Pyodide in a Web Worker, so that a long or endless program
// never freezes the page (Stop ends it by ending this worker). run-and-edit.js starts it on
// the reader's first Run; nothing here is fetched before that.
import { CORE_URL, INTEGRITY, PACKAGES_URL, VERSION } from "./pyodide-pin.js";

// Long output is cut here, before it is posted: a loop that prints forever must not flood
// the page with messages.
const MAX_LINES = 2000;
const MAX_CHARS = 200000;
// the page sees printed text in batches at most this far apart (ms), not a message per print
const POST_EVERY = 40;

// Every core file must be byte for byte the npm package's: the browser refuses a response
// whose SHA-256 differs from the pinned one. Pyodide fetches the wasm, the standard library
// and the lock file itself, so its fetches pass through here; the lock file's hashes then
// check every wheel (Pyodide's checkIntegrity, on by default).
const plainFetch = self.fetch.bind(self);
self.fetch = (resource, options) => {
  const url = String(resource instanceof Request ? resource.url : resource);
  const name = url.startsWith(CORE_URL) ? url.slice(CORE_URL.length) : null;
  if (name && INTEGRITY[name]) options = Object.assign({}, options, { integrity: INTEGRITY[name] });
  return plainFetch(resource, options);
};

class Unreachable extends Error {
  constructor(what, url) {
    super(`${what} could not be fetched from ${url}`);
    this.what = what;
    this.url = url;
  }
}

// A module, imported only once its bytes have passed the integrity check.
async function importChecked(name) {
  let response;
  try {
    response = await fetch(CORE_URL + name);
  } catch (error) {
    throw new Unreachable(`Python (Pyodide ${VERSION})`, CORE_URL);
  }
  if (!response.ok) throw new Unreachable(`Python (Pyodide ${VERSION})`, CORE_URL);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: "text/javascript" }));
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

// Runs a block as `python file.py` would, in the namespace it is given, and prints the
// traceback of an error without the frame of this function.
const RUNNER = `
import linecache, sys, traceback

def _nn11_run(code, filename, namespace):
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    try:
        exec(compile(code, filename, "exec"), namespace)
    except SystemExit as stop:
        if stop.code not in (None, 0):
            traceback.print_exception(type(stop), stop, stop.__traceback__.tb_next)
            return False
    except BaseException as error:
        traceback.print_exception(type(error), error, error.__traceback__.tb_next)
        return False
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return True
`;

let pyodide = null;
let runner = null;
const namespaces = new Map(); // the page's shared namespace, for blocks that run together
let sink = null; // where printed text goes during a run

function stream(kind) {
  const decoder = new TextDecoder();
  return {
    write(bytes) {
      if (sink) sink.add(kind, decoder.decode(bytes, { stream: true }));
      return bytes.length;
    },
    isatty: false,
  };
}

// Collects what a run prints, cuts it past the limits, and posts it in batches.
function makeSink(id) {
  let pending = [];
  let lines = 0;
  let chars = 0;
  let cutLines = 0;
  let lastPost = 0;
  const flush = () => {
    if (pending.length) postMessage({ id, type: "print", parts: pending });
    pending = [];
    lastPost = Date.now();
  };
  return {
    add(kind, text) {
      if (!text) return;
      if (cutLines || lines >= MAX_LINES || chars >= MAX_CHARS) {
        cutLines += (text.match(/\n/g) || []).length;
        return;
      }
      const room = Math.min(MAX_CHARS - chars, text.length);
      let shown = text.slice(0, room);
      const newlines = shown.split("\n");
      if (lines + newlines.length - 1 > MAX_LINES) shown = newlines.slice(0, MAX_LINES - lines).join("\n") + "\n";
      lines += (shown.match(/\n/g) || []).length;
      chars += shown.length;
      cutLines += (text.slice(shown.length).match(/\n/g) || []).length;
      if (shown.length < text.length && !cutLines) cutLines = 1;
      const last = pending[pending.length - 1];
      if (last && last.kind === kind) last.text += shown;
      else pending.push({ kind, text: shown });
      if (Date.now() - lastPost > POST_EVERY) flush();
    },
    end() {
      flush();
      return cutLines;
    },
  };
}

async function start() {
  const { loadPyodide } = await importChecked("pyodide.mjs");
  const asm = await importChecked("pyodide.asm.mjs");
  try {
    pyodide = await loadPyodide({
      indexURL: CORE_URL,
      packageBaseUrl: PACKAGES_URL,
      createPyodideModule: asm.default,
    });
  } catch (error) {
    throw new Unreachable(`Python (Pyodide ${VERSION})`, CORE_URL);
  }
  pyodide.setStdout(stream("out"));
  pyodide.setStderr(stream("err"));
  pyodide.runPython(RUNNER);
  runner = pyodide.globals.get("_nn11_run");
}

// The files a snippet may open as if it ran beside them (the listings), from this site.
async function placeFiles(files) {
  for (const [name, url] of Object.entries(files || {})) {
    if (pyodide.FS.analyzePath(name).exists) continue;
    const response = await plainFetch(url);
    if (response.ok) pyodide.FS.writeFile(name, new Uint8Array(await response.arrayBuffer()));
  }
}

// The wheels a block imports (NumPy), each checked against its hash in the lock file.
// Pyodide reports a wheel it cannot fetch through errorCallback instead of throwing.
async function loadImports(code) {
  const failed = [];
  await pyodide.loadPackagesFromImports(code, {
    messageCallback: (message) => {
      const loading = message.match(/^Loading (.+)$/);
      if (loading) postMessage({ type: "status", text: `Fetching ${loading[1]} from ${PACKAGES_URL}` });
    },
    errorCallback: (message) => failed.push(message),
  });
  if (failed.length) {
    const loading = failed.join(" ").match(/while loading (\S+):/);
    throw new Unreachable(loading ? loading[1] : "A package this block imports", PACKAGES_URL);
  }
}

async function run({ id, code, file, namespace, files }) {
  if (!pyodide) await start();
  await placeFiles(files);
  await loadImports(code);
  let globals;
  if (namespace === "alone") {
    globals = pyodide.toPy({ __name__: "__main__" });
  } else {
    if (!namespaces.has(namespace)) {
      namespaces.clear(); // one page at a time: an earlier page's names are not wanted
      namespaces.set(namespace, pyodide.toPy({ __name__: "__main__" }));
    }
    globals = namespaces.get(namespace);
  }
  postMessage({ id, type: "running" });
  sink = makeSink(id);
  let ok;
  try {
    ok = runner(code, file, globals);
  } finally {
    if (namespace === "alone") globals.destroy();
  }
  const cut = sink.end();
  sink = null;
  postMessage({ id, type: "done", ok, cut });
}

self.onmessage = async (event) => {
  const message = event.data;
  try {
    await run(message);
  } catch (error) {
    sink = null;
    if (error instanceof Unreachable) {
      postMessage({ id: message.id, type: "unreachable", what: error.what, url: error.url, core: !pyodide });
    } else {
      postMessage({ id: message.id, type: "broken", text: String(error && error.message || error) });
    }
  }
};
