"""`path:line:col: CODE message`, one finding a line, then file errors."""

from __future__ import annotations

from wakecheck.model import Report


def render(report: Report) -> str:
    lines = [f"{f.path}:{f.span.line}:{f.span.column}: {f.rule} {f.message}" for f in report.findings]
    lines.extend(f"{e.path}:{e.line}:{e.column}: {e.message}" for e in report.errors)
    return "".join(line + "\n" for line in lines)
