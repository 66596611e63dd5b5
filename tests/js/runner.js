/* nn11: the unit tests' runner, in the browser the browser tests already use
   (tests/browser/test_js_units.py loads it with the test files and reports each test as a
   pytest case). A dozen lines rather than a test library: the suite runs without Node or
   npm, and a library would have to be vendored here for the page to import it. */
const tests = [];
let file = "";

/** Which file the tests registered from now on come from (their names start with it). */
export const fromFile = (name) => { file = name; };

/** Register a test: `claim` says what it proves; `body` throws (or rejects) when it fails. */
export function test(claim, body) {
  tests.push({ name: `${file}: ${claim}`, body });
}

/** Run every test registered, in order: [{name, ok, message}]. */
export async function run() {
  const results = [];
  for (const { name, body } of tests) {
    try {
      await body();
      results.push({ name, ok: true, message: "" });
    } catch (error) {
      results.push({ name, ok: false, message: String(error?.stack ?? error) });
    }
  }
  return results;
}

const show = (value) => JSON.stringify(value);

/** Fails unless `got` and `want` are the same values (compared as JSON). */
export function same(got, want, what = "") {
  if (show(got) !== show(want)) throw new Error(`${what}\n  got:  ${show(got)}\n  want: ${show(want)}`);
}
