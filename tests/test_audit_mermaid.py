"""The audit's Mermaid flowcharts parse with Mermaid's own grammar (npm `mermaid`, run by node).

These tests need node, and the first time the network: tests/mermaid/ holds a pinned
package.json and lockfile, and its node_modules (about 172 MB) are installed with `npm ci`
on first use, which the test run says when it starts. Skipped, with the reason, when node
is not installed or the install fails (no network).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wakecheck.render.markdown import _mermaid_label

REPO = Path(__file__).resolve().parent.parent
CHECKER = REPO / "tests" / "mermaid"

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


@pytest.fixture(scope="module")
def mermaid_check(request: pytest.FixtureRequest) -> Path:
    if not (CHECKER / "node_modules" / "mermaid").is_dir():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("node is installed but npm is not: Mermaid's parser cannot be installed")
        reporter = request.config.pluginmanager.getplugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("tests/test_audit_mermaid.py: installing Mermaid's parser with `npm ci` into "
                                "tests/mermaid/node_modules (needs the network once, about 172 MB)", yellow=True)
        try:
            subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=CHECKER, check=True,
                           timeout=600, capture_output=True, text=True)
        except subprocess.CalledProcessError as exc:
            lines = (exc.stderr or exc.stdout or "").strip().splitlines()
            pytest.skip(f"`npm ci` in tests/mermaid failed (no network?): {lines[-1] if lines else exc}")
    return CHECKER / "check.mjs"


def diagrams(markdown: str) -> list[str]:
    return re.findall(r"^```mermaid\n(.*?)^```$", markdown, re.M | re.S)


def check(mermaid_check: Path, tmp_path: Path, texts: list[str]) -> subprocess.CompletedProcess[str]:
    files = []
    for number, text in enumerate(texts):
        path = tmp_path / f"diagram{number}.mmd"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    return subprocess.run(["node", str(mermaid_check), *files], capture_output=True, text=True, timeout=120)


def test_the_checker_rejects_a_broken_diagram(mermaid_check: Path, tmp_path: Path) -> None:
    result = check(mermaid_check, tmp_path, ["flowchart LR\n  a --> b -->\n", "flowchart LR\n  a --> b\n"])
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("error ")
    assert result.stdout.splitlines()[1].startswith("ok ")


def test_reference_audit_diagram_parses(mermaid_check: Path, tmp_path: Path) -> None:
    found = diagrams((REPO / "fixtures" / "towndo" / "AUDIT.md").read_text(encoding="utf-8"))
    assert len(found) == 1
    result = check(mermaid_check, tmp_path, found)
    assert result.returncode == 0, result.stdout


def test_hostile_labels_parse(mermaid_check: Path, tmp_path: Path) -> None:
    hostile = ['a "quoted" `tick` <b>x</b> | pipe #hash; semi [br] {cu} (pa) & amp %0A :: end',
               "`starts with a tick", "direction TB", "style:#quot;x", "%%{init: {}}%%", "", "a\nb"]
    texts = []
    for raw in hostile:
        label = _mermaid_label(raw)
        assert "direction" not in label and label
        texts.append(f'flowchart LR\n  a["{label}"]\n  b(["{label}"])\n  a ==> b\n')
    result = check(mermaid_check, tmp_path, texts)
    assert result.returncode == 0, result.stdout


def test_audits_of_odd_projects_parse(mermaid_check: Path, tmp_path: Path) -> None:
    project = tmp_path / "odd"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[tool.wakecheck]\nentry = ["*.Loop.alarm"]\ncontainer-factories = ["*.stub"]\n'
        '[tool.wakecheck.empty-on-idle]\n"*.rows" = "zero \\"rows\\" | `x` <i>y</i> #1; [z]"\n',
        encoding="utf-8")
    (project / "loop.py").write_text(
        "def stub(): ...\ndef rows(): ...\n\nclass Loop:\n    async def alarm(self):\n"
        "        for r in rows():\n            await stub().fetch('/a\"b|c`d<e>')\n"
        "        await stub().ping()\n",
        encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wakecheck", "audit", "."], cwd=project,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = diagrams(result.stdout)
    assert len(found) == 1
    checked = check(mermaid_check, tmp_path, found)
    assert checked.returncode == 0, checked.stdout + found[0]
