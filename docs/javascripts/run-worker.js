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

// No byte of any core file for this long (ms): they could not be fetched. Between bytes, so a
// slow connection still gets its 14 MB; of any file, as one may wait while another arrives.
const STALL_MS = 15000;

class Unreachable extends Error {
  constructor(what, url) {
    super(`${what} could not be fetched from ${url}`);
    this.what = what;
    this.url = url;
  }
}

// Pyodide fetches its core files itself, and not every failure reaches its caller: a
// standard library it cannot fetch is logged and the start fails elsewhere (an uncaught
// "Failed to fetch"), a wasm it cannot fetch leaves the start waiting for ever. So the worker
// fetches every core file first, each checked against its pinned SHA-256 and given up on when
// it stalls, and Pyodide's own fetches of them are answered from these bytes. The lock
// file's hashes then check every wheel (Pyodide's checkIntegrity, on by default).
const held = new Map(); // core file name -> its checked bytes, until Python has started
const plainFetch = self.fetch.bind(self);
self.fetch = (resource, options) => {
  const url = String(resource instanceof Request ? resource.url : resource);
  const name = url.startsWith(CORE_URL) ? url.slice(CORE_URL.length) : null;
  if (held.has(name)) {
    const type = name.endsWith(".wasm") ? "application/wasm" : "application/octet-stream";
    return Promise.resolve(new Response(held.get(name), { headers: { "content-type": type } }));
  }
  return plainFetch(resource, options);
};

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return "sha256-" + btoa(String.fromCharCode(...digest));
}

async function fetchCoreFiles(names) {
  const control = new AbortController();
  let timer;
  const progressed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => control.abort(), STALL_MS);
  };
  const fetchOne = async (name) => {
    const response = await plainFetch(CORE_URL + name, { signal: control.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    progressed();
    const reader = response.body.getReader();
    const chunks = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      progressed();
    }
    const bytes = await new Blob(chunks).arrayBuffer();
    if (await sha256(bytes) !== INTEGRITY[name]) throw new Error("not the pinned file");
    return bytes;
  };
  try {
    progressed();
    return await Promise.all(names.map(fetchOne));
  } catch (error) {
    control.abort();
    throw new Unreachable(`Python (Pyodide ${VERSION})`, CORE_URL);
  } finally {
    clearTimeout(timer);
  }
}

async function importHeld(name) {
  const url = URL.createObjectURL(new Blob([held.get(name)], { type: "text/javascript" }));
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

// Runs a block as `python file.py` would, in the namespace it is given, and prints the
// traceback of an error without the frame of this function. Returns True when it ran to
// the end, False at an error, or the line of the block where it called input(): no page
// can give Python typed input, and the reader is told so in plain words instead of
// Python's "OSError: [Errno 29] I/O error".
const RUNNER = `
import builtins, linecache, sys, traceback

class _NoTypedInput(Exception):
    pass

def _nn11_input(prompt=""):
    raise _NoTypedInput

builtins.input = _nn11_input

def _nn11_run(code, filename, namespace):
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    try:
        exec(compile(code, filename, "exec"), namespace)
    except _NoTypedInput as stop:
        frames = traceback.extract_tb(stop.__traceback__)
        return ([frame.lineno for frame in frames if frame.filename == filename] or [0])[-1]
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

// Collects what a run prints, cuts it past the limits, and posts it in batches. What was cut
// is counted as the reader would: the characters of the line it was cut in, then the lines
// after it (the last one counted even without its newline).
function makeSink(id) {
  let pending = [];
  let lines = 0;
  let chars = 0;
  let lastPost = 0;
  let endsLine = true; // the text so far ends at the end of a line
  let cut = null; // {chars, lines} once the limits are reached
  const countCut = (text) => {
    if (!cut.lines && !endsLine) {
      const end = text.indexOf("\n");
      cut.chars += end < 0 ? text.length : end;
      if (end < 0) return;
      text = text.slice(end + 1);
      endsLine = true;
    }
    if (!text) return;
    if (endsLine) cut.lines++; // a line begins
    cut.lines += (text.slice(0, -1).match(/\n/g) || []).length;
    endsLine = text.endsWith("\n");
  };
  const flush = () => {
    if (pending.length) postMessage({ id, type: "print", parts: pending });
    pending = [];
    lastPost = Date.now();
  };
  return {
    add(kind, text) {
      if (!text) return;
      if (cut) return countCut(text);
      const room = Math.min(MAX_CHARS - chars, text.length);
      let shown = text.slice(0, room);
      const newlines = shown.split("\n");
      if (lines + newlines.length - 1 >= MAX_LINES) shown = newlines.slice(0, MAX_LINES - lines).join("\n") + "\n";
      lines += (shown.match(/\n/g) || []).length;
      chars += shown.length;
      if (shown) endsLine = shown.endsWith("\n");
      if (lines >= MAX_LINES || chars >= MAX_CHARS) {
        cut = { chars: 0, lines: 0 };
        countCut(text.slice(shown.length));
      }
      const last = pending[pending.length - 1];
      if (last && last.kind === kind) last.text += shown;
      else pending.push({ kind, text: shown });
      if (Date.now() - lastPost > POST_EVERY) flush();
    },
    end() {
      flush();
      return cut && (cut.chars || cut.lines) ? cut : null;
    },
  };
}

async function start() {
  const names = Object.keys(INTEGRITY);
  const bytes = await fetchCoreFiles(names);
  names.forEach((name, i) => held.set(name, bytes[i]));
  const { loadPyodide } = await importHeld("pyodide.mjs");
  const asm = await importHeld("pyodide.asm.mjs");
  try {
    pyodide = await loadPyodide({
      indexURL: CORE_URL,
      packageBaseUrl: PACKAGES_URL,
      createPyodideModule: asm.default,
    });
  } catch (error) {
    throw new Unreachable(`Python (Pyodide ${VERSION})`, CORE_URL);
  } finally {
    held.clear(); // Python has what it needs of them
  }
  pyodide.setStdin({ error: true }); // reading sys.stdin fails at once, asking nobody
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
  let result;
  try {
    result = runner(code, file, globals);
  } finally {
    if (namespace === "alone") globals.destroy();
  }
  const cut = sink.end();
  sink = null;
  const input = typeof result === "number" ? result : null;
  postMessage({ id, type: "done", ok: result === true, input, cut });
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
