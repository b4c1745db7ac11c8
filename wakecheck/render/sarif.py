"""The SARIF 2.1.0 log of `wakecheck check --format sarif`, as GitHub code scanning reads it."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from urllib.parse import quote

from wakecheck import __version__
from wakecheck.model import ChainFrame, FileError, Finding, Report, Severity
from wakecheck.rules import RULES, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "wakecheck/v1"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SECTION = re.compile(r"^## What it does\n(?P<body>.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)

JSON = dict[str, object]


def render(report: Report, root: Path) -> str:
    """The SARIF log of `report`; finding paths are relative to `root` (the current directory).

    `root` appears only in `originalUriBaseIds`, so the rest of the log is the same
    on every machine; every location is `%SRCROOT%`-relative.
    """
    rules = _descriptors(report.findings)
    index = {str(rule["id"]): i for i, rule in enumerate(rules)}
    run: JSON = {
        "tool": {"driver": {"name": "wakecheck", "version": __version__, "rules": rules}},
        "invocations": [_invocation(report)],
        "originalUriBaseIds": {SRCROOT: {"uri": _root_uri(root)}},
        # LibCST counts columns in characters of a str, that is in code points.
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule]) for f in report.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# tool.driver.rules


def _descriptors(findings: Sequence[Finding]) -> list[JSON]:
    """Every rule wakecheck has, then (defensively) any other code a finding carries, sorted."""
    known = {rule.code for rule in RULES}
    levels = {f.rule: f.severity for f in findings if f.rule not in known}
    extra: list[JSON] = [{"id": code, "defaultConfiguration": {"level": _LEVEL[levels[code]]}}
                         for code in sorted(levels)]
    return [*(_rule(rule) for rule in RULES), *extra]


def _rule(rule: Rule) -> JSON:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _what_it_does(rule)},
        "help": {"text": rule.explanation, "markdown": rule.explanation},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.name]},
    }


def _what_it_does(rule: Rule) -> str:
    """The explanation's *What it does* section as one paragraph, or the summary without one."""
    match = _SECTION.search(rule.explanation)
    text = " ".join(match.group("body").split()) if match else ""
    return text or rule.summary


# ---------------------------------------------------------------------------
# runs[0].results


def _result(f: Finding, rule_index: int) -> JSON:
    result: JSON = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": _artifact(f.path),
            "region": {"startLine": f.span.line, "startColumn": f.span.column,
                       "endLine": f.span.end_line, "endColumn": f.span.end_column},
        }}],
        "partialFingerprints": {FINGERPRINT: f.fingerprint()},
    }
    if f.chain:  # a threadFlow needs at least one location
        result["codeFlows"] = [{"threadFlows": [{"locations": [_frame(c) for c in f.chain]}]}]
    return result


def _frame(frame: ChainFrame) -> JSON:
    location: JSON = {"physicalLocation": {"artifactLocation": _artifact(frame.path),
                                           "region": {"startLine": frame.line}}}
    if frame.function:
        location["message"] = {"text": frame.function}
    return {"location": location}


# ---------------------------------------------------------------------------
# runs[0].invocations


def _invocation(report: Report) -> JSON:
    notifications = [*(_file_error(e) for e in report.errors),
                     *({"level": "warning", "message": {"text": w}} for w in report.warnings)]
    invocation: JSON = {"executionSuccessful": not report.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _file_error(error: FileError) -> JSON:
    return {
        "level": "error",
        "message": {"text": error.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": _artifact(error.path),
            "region": {"startLine": max(error.line, 1), "startColumn": max(error.column, 1)},
        }}],
    }


# ---------------------------------------------------------------------------
# URIs


def _artifact(path: str) -> Mapping[str, str]:
    """A `%SRCROOT%`-relative URI for a report path; an absolute `file:` URI for an absolute one.

    Report paths use '/'; everything but '/' and RFC 3986's unreserved characters is
    percent-encoded as UTF-8, so ' ', '%', '#', '?', ':' and non-ASCII survive intact.
    """
    pure = PurePath(path)
    if pure.is_absolute():  # no relative form (another drive on Windows)
        return {"uri": pure.as_uri()}
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}


def _root_uri(root: Path) -> str:
    """`root` as a `file:` URI ending in '/', as SARIF requires of a uriBaseId's base."""
    uri = root.absolute().as_uri()
    return uri if uri.endswith("/") else uri + "/"
