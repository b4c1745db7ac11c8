"""`--format sarif`: every log validates against the OASIS SARIF 2.1.0 schema, offline, and says what the report says."""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from wakecheck.config import load_config
from wakecheck.engine import run_check
from wakecheck.model import ChainFrame, FileError, Finding, Report, Severity, Span
from wakecheck.render.sarif import render
from wakecheck.rules import RULES

DATA = Path(__file__).resolve().parent / "data"
SCHEMA_FILE = DATA / "sarif-schema-2.1.0.json"
# sha256 of the file with CRLF line ends made LF, so a checkout that converts them still matches
SCHEMA_SHA256_LF = "f130982457e7ce0d8218641f5c08c1c667e7814502c4527c4506a72614e03742"
GOLDEN = DATA / "sarif-nasty.golden.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
ROOT = Path("/work/project")
ENTRY = "gastown.town_do.TownDO.alarm"

Log = dict[str, Any]


@functools.cache
def validator() -> Any:
    """The schema's validator, built on first use: importing jsonschema's format checkers
    builds dozens of grammars, which every pytest worker paid while collecting this file.

    The format checker makes "format": "uri" / "uri-reference" count (rfc3986-validator,
    from jsonschema[format-nongpl]); without it a raw space in a URI would pass.
    """
    import jsonschema

    return jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def sarif(report: Report, root: Path = ROOT) -> Log:
    """Render `report`, insist that it validates, and return the parsed log."""
    text = render(report, root)
    assert text.endswith("}\n")
    log: Log = json.loads(text)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator().iter_errors(log)]
    assert errors == []
    return log


def check(project: Path) -> Report:
    config = load_config([str(project)], cwd=project)
    return run_check([str(project)], config, select=None, ignore=(), cwd=project)


def flow(result: Log) -> list[Log]:
    [code_flow] = result["codeFlows"]
    [thread_flow] = code_flow["threadFlows"]
    return [step["location"] for step in thread_flow["locations"]]


# ---------------------------------------------------------------------------
# The schema itself


def test_vendored_schema_is_the_oasis_sarif_2_1_0_schema() -> None:
    assert hashlib.sha256(SCHEMA_FILE.read_bytes().replace(b"\r\n", b"\n")).hexdigest() == SCHEMA_SHA256_LF
    import jsonschema

    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"] == "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]


def test_the_validator_is_not_vacuous() -> None:
    """Mutations GitHub would reject are rejected here too: a bad level, an unescaped URI."""
    good = json.loads(render(nasty_report(), ROOT))
    assert validator().is_valid(good)
    bad_level = copy.deepcopy(good)
    bad_level["runs"][0]["results"][0]["level"] = "info"
    assert not validator().is_valid(bad_level)
    bad_uri = copy.deepcopy(good)
    bad_uri["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b%.py"
    assert not validator().is_valid(bad_uri)
    bad_region = copy.deepcopy(good)
    bad_region["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    assert not validator().is_valid(bad_region)


# ---------------------------------------------------------------------------
# The real analysis of fixtures/towndo


def test_reference_fixture(town: Path) -> None:
    log = sarif(check(town), town)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json" and log["version"] == "2.1.0"
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "wakecheck" and driver["version"] == "0.1.0"
    assert "informationUri" not in driver
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in RULES]
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": town.as_uri() + "/"}}

    results = run["results"]
    assert len(results) == 2
    sinks = set()
    for result in results:
        assert result["ruleId"] == "WC001" and result["level"] == "error"
        assert driver["rules"][result["ruleIndex"]]["id"] == "WC001"
        assert "gated only on has_rigs" in result["message"]["text"]
        [location] = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        region = location["physicalLocation"]["region"]
        assert artifact == {"uri": "gastown/container_dispatch.py", "uriBaseId": "%SRCROOT%"}
        assert region["startLine"] <= region["endLine"] and region["startColumn"] >= 1
        sinks.add((region["startLine"], region["startColumn"]))
        steps = flow(result)
        assert steps[0]["message"]["text"] == ENTRY
        assert steps[0]["physicalLocation"]["artifactLocation"]["uri"] == "gastown/town_do.py"
        assert "gastown.town_do.TownDO.refresh_container_token" in [s["message"]["text"] for s in steps]
        assert steps[-1]["message"]["text"] == "gastown.container_dispatch.ensure_container_token"
        assert steps[-1]["physicalLocation"]["region"] == {"startLine": region["startLine"]}
        assert list(result["partialFingerprints"]) == ["wakecheck/v1"]
    assert len(sinks) == 2


def test_fingerprints_survive_rerenders_and_a_line_inserted_above_the_sink(town: Path) -> None:
    report = check(town)
    assert render(report, town) == render(report, town)
    before = sarif(report, town)["runs"][0]["results"]

    sink_file = town / "gastown" / "container_dispatch.py"
    sink_file.write_text("# a new first line\n" + sink_file.read_text(encoding="utf-8"), encoding="utf-8")
    after = sarif(check(town), town)["runs"][0]["results"]

    def lines(results: list[Log]) -> list[int]:
        return [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results]

    assert lines(after) == [line + 1 for line in lines(before)]
    assert [r["partialFingerprints"] for r in after] == [r["partialFingerprints"] for r in before]
    assert len({r["partialFingerprints"]["wakecheck/v1"] for r in after}) == 2


def test_root_appears_only_in_original_uri_base_ids(town: Path) -> None:
    report = check(town)
    here, there = json.loads(render(report, town)), json.loads(render(report, ROOT))
    assert there["runs"][0].pop("originalUriBaseIds") == {"%SRCROOT%": {"uri": "file:///work/project/"}}
    here["runs"][0].pop("originalUriBaseIds")
    assert here == there


# ---------------------------------------------------------------------------
# A hand-made report with the nasty cases


def nasty_report() -> Report:
    def chain(*frames: tuple[str, str, int]) -> tuple[ChainFrame, ...]:
        return tuple(ChainFrame(function, path, line) for function, path, line in frames)

    return Report(
        findings=(
            Finding(rule="WC001", severity=Severity.ERROR, path="a b%.py", span=Span(3, 5, 4, 2),
                    message="`container.fetch` wakes the container (gated only on has_rigs)\n"
                            "second line | a pipe, a comma: a colon, 100% and [brackets]",
                    entry="a b%.TownDO.alarm", sink="container.fetch",
                    chain=chain(("a b%.TownDO.alarm", "a b%.py", 1), ("dir#1.x.helper", "dir#1/x.py", 7),
                                ("a b%.TownDO.refresh", "a b%.py", 3))),
            Finding(rule="WC002", severity=Severity.WARNING, path="dir#1/x.py", span=Span(9, 1, 9, 30),
                    message="`self.sync()` wakes it now and then (only near token expiry)",
                    entry="a b%.TownDO.alarm", sink="self.sync",
                    chain=chain(("a b%.TownDO.alarm", "a b%.py", 1), ("dir#1.x.sync", "dir#1/x.py", 9))),
            Finding(rule="WC003", severity=Severity.INFO, path="café/→ ünï.py", span=Span(2, 9, 2, 17),
                    message="cannot resolve the target of `callback()` — «ünïcode»",
                    entry="café.→.alarm", sink="callback",
                    chain=chain(("café.→.alarm", "café/→ ünï.py", 2))),
        ),
        errors=(FileError("broken?.py", 3, 7, "syntax error: unexpected ':'"),),
        warnings=("no function matches the entry patterns (*.TownDO.alarm); nothing to check",),
    )


def test_nasty_paths_become_percent_encoded_relative_uris() -> None:
    run = sarif(nasty_report())["runs"][0]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]]
    assert uris == ["a%20b%25.py", "dir%231/x.py", "caf%C3%A9/%E2%86%92%20%C3%BCn%C3%AF.py"]
    assert [unquote(uri) for uri in uris] == [f.path for f in nasty_report().findings]
    frames = [s["physicalLocation"]["artifactLocation"]["uri"] for s in flow(run["results"][0])]
    assert frames == ["a%20b%25.py", "dir%231/x.py", "a%20b%25.py"]
    [error] = [n for n in run["invocations"][0]["toolExecutionNotifications"] if n["level"] == "error"]
    assert error["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken%3F.py"


def test_nasty_messages_and_spans_pass_through_unchanged() -> None:
    report = nasty_report()
    results = sarif(report)["runs"][0]["results"]
    assert [r["message"]["text"] for r in results] == [f.message for f in report.findings]
    assert [r["ruleId"] for r in results] == ["WC001", "WC002", "WC003"]
    assert [r["level"] for r in results] == ["error", "warning", "note"]
    assert results[0]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 5, "endLine": 4, "endColumn": 2}
    assert [s["message"]["text"] for s in flow(results[0])] == [c.function for c in report.findings[0].chain]
    assert "\\n" in render(report, ROOT) and "é" in render(report, ROOT)  # ensure_ascii=False


@pytest.mark.skipif(sys.platform == "win32", reason="the golden root is a POSIX path")
def test_nasty_report_golden() -> None:
    """Everything built from the report (not the rule texts, which change on their own)."""
    run = sarif(nasty_report())["runs"][0]
    part = {key: run[key] for key in ("invocations", "originalUriBaseIds", "columnKind", "results")}
    text = json.dumps(part, indent=2, ensure_ascii=False) + "\n"
    if os.environ.get("WAKECHECK_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), "rerun with WAKECHECK_UPDATE_GOLDEN=1 to accept"


# ---------------------------------------------------------------------------
# File errors, warnings, odd findings


def test_file_errors_make_the_invocation_unsuccessful() -> None:
    report = Report(findings=(), errors=(FileError("pkg/bad file.py", 12, 4, "syntax error: invalid syntax"),
                                         FileError("pkg/unreadable.py", 1, 1, "cannot read file: Permission denied")))
    run = sarif(report)["runs"][0]
    assert run["results"] == []
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False
    first, second = invocation["toolExecutionNotifications"]
    assert first == {
        "level": "error",
        "message": {"text": "syntax error: invalid syntax"},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "pkg/bad%20file.py", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 12, "startColumn": 4}}}],
    }
    assert second["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "pkg/unreadable.py"


def test_warnings_are_warning_notifications_and_do_not_fail_the_run() -> None:
    run = sarif(Report(findings=(), errors=(), warnings=("no Python files found",)))["runs"][0]
    assert run["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": [
        {"level": "warning", "message": {"text": "no Python files found"}}]}]


def test_rules_carry_their_docs_and_levels() -> None:
    rules = sarif(Report(findings=(), errors=()))["runs"][0]["tool"]["driver"]["rules"]
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    for descriptor, rule in zip(rules, RULES, strict=True):
        assert descriptor["id"] == rule.code and descriptor["name"] == rule.name
        assert descriptor["shortDescription"] == {"text": rule.summary}
        assert descriptor["fullDescription"]["text"] and "\n" not in descriptor["fullDescription"]["text"]
        assert descriptor["help"] == {"text": rule.explanation, "markdown": rule.explanation}
        assert descriptor["defaultConfiguration"] == {"level": levels[rule.severity]}
        assert descriptor["properties"]["tags"] == [rule.name]


def test_absolute_paths_unknown_rules_and_empty_chains_still_validate() -> None:
    outside = Path("/elsewhere/x y.py").absolute()
    finding = Finding(rule="WC999", severity=Severity.WARNING, path=outside.as_posix(), span=Span(1, 1, 1, 1),
                      message="m", entry="", sink="", chain=())
    run = sarif(Report(findings=(finding,), errors=()))["runs"][0]
    [result] = run["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": outside.as_uri()}
    assert "codeFlows" not in result
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]] == {
        "id": "WC999", "defaultConfiguration": {"level": "warning"}}
