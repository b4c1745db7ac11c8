"""The JSON report of `check --format json`: {"findings": [...], "errors": [...]}."""

from __future__ import annotations

import json

from wakecheck.model import Finding, Report


def finding_dict(f: Finding) -> dict[str, object]:
    found: dict[str, object] = {
        "rule": f.rule, "severity": f.severity.value, "path": f.path,
        "line": f.span.line, "column": f.span.column,
        "end_line": f.span.end_line, "end_column": f.span.end_column,
        "message": f.message, "entry": f.entry, "sink": f.sink,
        "chain": [{"function": c.function, "path": c.path, "line": c.line} for c in f.chain],
    }
    if f.resource:
        # A named resource's key; the default resource's findings keep the shape they always had.
        found["resource"] = f.resource
    return found


def render(report: Report) -> str:
    document = {
        "findings": [finding_dict(f) for f in report.findings],
        "errors": [{"path": e.path, "line": e.line, "column": e.column, "message": e.message}
                   for e in report.errors],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
