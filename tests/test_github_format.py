"""`--format github`: workflow-command lines that the Actions runner parses back to exactly our text."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from wakecheck.model import ChainFrame, FileError, Finding, Report, Severity, Span
from wakecheck.render.github import render

COMMANDS = ("::error ", "::warning ", "::notice ")

HOSTILE = (
    "evil::error file=x::pwned",
    "a,b:c.py",
    "100%",
    "%0A",
    "%25%3A%2C",
    "line one\n::warning::injected",
    "carriage\r::error::injected\r\n::notice::too",
    "key=value,title=spoofed",
)


def finding(path: str = "gastown/town_do.py", message: str = "wakes the container", *,
            rule: str = "WC001", severity: Severity = Severity.ERROR,
            span: Span = Span(412, 9, 412, 58)) -> Finding:
    chain = (ChainFrame("gastown.town_do.TownDO.alarm", path, span.line),)
    return Finding(rule, severity, path, span, message, "gastown.town_do.TownDO.alarm",
                   "container.set_env_var", chain)


# ---------------------------------------------------------------------------
# The runner's side, ported from actions/runner src/Runner.Common/ActionCommand.cs (TryParseV2)


@dataclass(frozen=True)
class Command:
    name: str
    properties: dict[str, str]
    data: str


def unescape_data(text: str) -> str:
    # The runner's order: %0D, %0A, then %25 last (the reverse of the toolkit's escaping).
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    for escaped, token in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, token)
    return text


_COMMAND_LINE = re.compile(r"^::(\w+) (.*?)::(.*)$")


def parse(line: str) -> Command:
    """Parse one line as the runner does: name, `,`-separated `key=value` pairs, then data."""
    match = _COMMAND_LINE.match(line.lstrip())
    assert match is not None, f"not a workflow command: {line!r}"
    name, props, data = match.groups()
    properties: dict[str, str] = {}
    for pair in (p for p in props.strip().split(",") if p):
        key, sep, value = pair.partition("=")
        if sep and key and value:
            properties[key] = unescape_property(value)
    return Command(name, properties, unescape_data(data))


def runner_lines(output: str) -> list[str]:
    """The lines the runner sees: it reads stdout line by line, ending lines at \\n, \\r or \\r\\n."""
    assert output.endswith("\n")
    return re.split(r"\r\n|\r|\n", output[:-1])


# ---------------------------------------------------------------------------


def test_a_simple_finding_is_one_exact_line() -> None:
    report = Report(findings=(finding(message="refresh_container_token() wakes it"),), errors=())
    assert render(report) == (
        "::error file=gastown/town_do.py,line=412,col=9,endLine=412,endColumn=58,"
        "title=wakecheck (WC001)::refresh_container_token() wakes it\n"
    )


@pytest.mark.parametrize(("severity", "name"), [
    (Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "notice"),
])
def test_severity_picks_the_command(severity: Severity, name: str) -> None:
    report = Report(findings=(finding(severity=severity),), errors=())
    assert render(report).startswith(f"::{name} file=")


def test_file_errors_follow_the_findings_as_parse_errors() -> None:
    report = Report(findings=(finding(),),
                    errors=(FileError("broken.py", 3, 5, "invalid syntax: expected ':'"),))
    lines = render(report).splitlines()
    assert len(lines) == 2
    assert lines[1] == "::error file=broken.py,line=3,col=5,title=wakecheck (parse error)::invalid syntax: expected ':'"


def test_a_multi_line_span_gives_lines_only() -> None:
    # The runner would drop col/endColumn anyway when line != endLine.
    report = Report(findings=(finding(span=Span(10, 5, 12, 3)),), errors=())
    assert parse(render(report).rstrip("\n")).properties == {
        "file": "gastown/town_do.py", "line": "10", "endLine": "12", "title": "wakecheck (WC001)",
    }


def test_nothing_to_report_is_the_empty_string() -> None:
    assert render(Report(findings=(), errors=())) == ""


def test_golden_output_with_the_nasty_cases() -> None:
    report = Report(
        findings=(
            finding("a,b:c.py", "100% awake: 1,2\nnext", span=Span(1, 1, 3, 2)),
            finding("evil::error file=x::pwned", "%0A\r::warning::injected",
                    rule="WC002", severity=Severity.WARNING, span=Span(7, 3, 7, 9)),
        ),
        errors=(FileError("bad|name.py", 2, 1, "unexpected EOF\n::notice::x"),),
    )
    assert render(report) == (
        "::error file=a%2Cb%3Ac.py,line=1,endLine=3,title=wakecheck (WC001)::100%25 awake: 1,2%0Anext\n"
        "::warning file=evil%3A%3Aerror file=x%3A%3Apwned,line=7,col=3,endLine=7,endColumn=9,"
        "title=wakecheck (WC002)::%250A%0D::warning::injected\n"
        "::error file=bad|name.py,line=2,col=1,title=wakecheck (parse error)::unexpected EOF%0A::notice::x\n"
    )
    assert render(report) == render(report)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_cannot_start_a_second_command(text: str) -> None:
    severities = (Severity.ERROR, Severity.WARNING, Severity.INFO)
    report = Report(
        findings=tuple(finding(path, message, severity=sev)
                       for path, message, sev in ((text, "plain", severities[0]),
                                                   ("plain.py", text, severities[1]),
                                                   (text, text, severities[2]))),
        errors=(FileError(text, 1, 1, text),),
    )
    lines = runner_lines(render(report))
    assert len(lines) == len(report.findings) + len(report.errors)
    assert all(line.startswith(COMMANDS) for line in lines)
    parsed = [parse(line) for line in lines]
    expected = [(f.path, f.message) for f in report.findings] + [(e.path, e.message) for e in report.errors]
    assert [(c.properties["file"], c.data) for c in parsed] == expected
    assert [c.name for c in parsed] == ["error", "warning", "notice", "error"]


def test_properties_round_trip_through_the_runner_parser() -> None:
    findings = tuple(finding(text, text, rule=f"WC00{i % 3 + 1}", span=Span(i + 1, 2, i + 1, 40))
                     for i, text in enumerate(HOSTILE))
    report = Report(findings=findings, errors=(FileError("a,b:c.py", 4, 7, "x"),))
    parsed = [parse(line) for line in runner_lines(render(report))]
    for f, command in zip(report.findings, parsed):
        assert command.properties == {
            "file": f.path, "line": str(f.span.line), "col": str(f.span.column),
            "endLine": str(f.span.end_line), "endColumn": str(f.span.end_column),
            "title": f"wakecheck ({f.rule})",
        }
        assert command.data == f.message
    assert parsed[-1].properties == {"file": "a,b:c.py", "line": "4", "col": "7",
                                     "title": "wakecheck (parse error)"}


def test_the_cli_prints_github_commands(town: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "wakecheck", "check", "--format", "github", "."],
                            cwd=town, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    lines = runner_lines(result.stdout)
    assert lines and all(line.startswith("::error file=gastown/") for line in lines)
    assert {parse(line).properties["title"] for line in lines} == {"wakecheck (WC001)"}
