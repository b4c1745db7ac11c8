"""Nothing injected: hostile file names, code text and configured reasons, through the real
command, cannot add a workflow command, break SARIF or the audit's table, or run anything.

The project's file and directory names hold ``::``, ``%0A``, ``,``, ``|``, backticks,
HTML and a real newline; a condition's source text (which messages quote) holds a
triple-quoted string with a newline and a fake ``::error`` command; a rare
predicate's reason holds the same. The GitHub output is read with the port of the
runner's parser in ``tests/test_github_format.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from test_github_format import parse, runner_lines  # type: ignore[import-not-found]

from .differential import cli_env

HOSTILE = "::error file=x.py::pwned%0A%0D,|`<b>`"
CONFIG = f"""\
[tool.wakecheck]
entry = ["alarm"]
container-factories = ["*.get_container"]
rare = {{ "*.token_expiring" = "{HOSTILE} <script>alert(1)</script> | `x`" }}
"""
SOURCE = '''\
from boxes import get_container, flag, token_expiring

MARK = []


async def alarm(env):
    box = get_container(env)
    if flag("""
::error file=evil.py::second command %0A ::warning::x
|`<img src=x onerror=alert(1)>`"""):
        await box.fetch("/a")
    if token_expiring(env):
        await box.post("/b")
'''
NAMES = ["a::b%0A,c|d`e<b>x", "new\nline::error::x", "per%25cent"]


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd, env=cli_env(),
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "pyproject.toml").write_text(CONFIG)
    for name in NAMES:
        (root / name).mkdir()
        (root / name / f"{name}.py").write_text(SOURCE)
    (root / NAMES[0] / "broken::error::x%0A.py").write_text("async def alarm(:\n")
    return root


def report(root: Path) -> dict[str, list[dict[str, object]]]:
    result = wakecheck("check", "--format", "json", "--select", "WC001,WC002", ".", cwd=root)
    assert result.returncode == 2, result.stderr  # the broken file
    return json.loads(result.stdout)


def test_github_annotations_are_one_command_each(hostile: Path) -> None:
    expected = report(hostile)
    assert len(expected["findings"]) == 2 * len(NAMES) and len(expected["errors"]) == 1
    result = wakecheck("check", "--format", "github", "--select", "WC001,WC002", ".", cwd=hostile)
    lines = runner_lines(result.stdout)
    # One line per finding and per error: no line break got through, so nothing else
    # can be read as a command; and each line parses back to exactly what was meant.
    assert len(lines) == len(expected["findings"]) + len(expected["errors"]), result.stdout
    commands = [parse(line) for line in lines]
    for command, finding in zip(commands, expected["findings"]):
        assert command.name in ("error", "warning")
        assert command.properties["file"] == finding["path"]
        assert command.properties["line"] == str(finding["line"])
        assert command.data == finding["message"]
    assert commands[-1].properties["file"] == expected["errors"][0]["path"]
    # The condition's text and the rare reason really were in the messages.
    assert any("::error file=evil.py" in c.data for c in commands)
    assert any(HOSTILE in c.data for c in commands)


def test_sarif_uris_and_messages_round_trip(hostile: Path) -> None:
    expected = report(hostile)
    result = wakecheck("check", "--format", "sarif", "--select", "WC001,WC002", ".", cwd=hostile)
    log = json.loads(result.stdout)
    results = log["runs"][0]["results"]
    located = sorted(
        (urllib.parse.unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]),
         r["locations"][0]["physicalLocation"]["region"]["startLine"], r["message"]["text"])
        for r in results)
    assert located == sorted((f["path"], f["line"], f["message"]) for f in expected["findings"])


CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
OWN_HTML = ("<a id=", "</a>", "<br/>")


def raw_html(line: str) -> list[str]:
    """Unescaped ``<`` outside code spans, other than the renderer's own anchors."""
    prose = CODE_SPAN.sub("", line)
    return [prose[m.start():m.start() + 12] for m in re.finditer(r"(?<!\\)<", prose)
            if not prose.startswith(OWN_HTML, m.start())]


def test_markdown_audit_keeps_its_table(hostile: Path) -> None:
    result = wakecheck("audit", ".", cwd=hostile)
    text = result.stdout
    assert "<script>" in text  # the hostile text is there, in code spans or escaped
    in_diagram = False
    for line in text.splitlines():
        in_diagram = (line == "```mermaid") or (in_diagram and line != "```")
        if not in_diagram:
            assert not raw_html(line), line
    for line in text.splitlines():
        if line.startswith("| ") and "---" not in line:
            cells = line.replace("\\|", "").count("|")
            assert cells == 5, line  # 4 columns: nothing in a cell split it


def test_the_analysed_code_is_never_imported_or_run(hostile: Path, tmp_path: Path) -> None:
    """An audit hook in the wakecheck process sees every import and every exec/compile of code:
    none may come from the analysed project."""
    marker = tmp_path / "ran"
    (hostile / "sitecustomize.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    (hostile / "boxes.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    log = tmp_path / "events.txt"
    launcher = f"""
import sys
events = []
def hook(event, args):
    if event in ("import", "exec", "compile", "subprocess.Popen", "os.system"):
        events.append(event + " " + repr(args)[:300])
sys.addaudithook(hook)
from wakecheck.cli import main
sys.argv[0] = "wakecheck"
try:
    main()
finally:
    open({str(log)!r}, "w").write("\\n".join(events))
"""
    for command in (("check", "--no-cache", "."), ("audit", "."), ("check", "--diff", ".")):
        subprocess.run([sys.executable, "-c", launcher, *command], cwd=hostile, env=cli_env(),
                       capture_output=True, text=True, timeout=300)
        events = log.read_text().splitlines()
        assert events, "the audit hook saw nothing: the check would be vacuous"
        offending = [e for e in events if str(hostile) in e or "boxes" in e]
        assert not offending, offending
        assert not marker.exists()
