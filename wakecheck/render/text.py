"""`path:line:col: CODE message`, one finding a line, then file errors; and --statistics."""

from __future__ import annotations

from wakecheck.model import Report, Severity

_BOLD, _RESET = "\033[1m", "\033[0m"
_CODE_COLOR = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}


def render(report: Report, color: bool = False) -> str:
    lines = []
    for f in report.findings:
        where = f"{f.path}:{f.span.line}:{f.span.column}:"
        code = f.rule
        if color:
            where, code = f"{_BOLD}{where}{_RESET}", f"{_CODE_COLOR[f.severity]}{_BOLD}{code}{_RESET}"
        lines.append(f"{where} {code} {f.message}")
    lines.extend(f"{e.path}:{e.line}:{e.column}: {e.message}" for e in report.errors)
    return "".join(line + "\n" for line in lines)


def statistics(report: Report) -> str:
    """Findings per rule, most first (ruff's --statistics)."""
    from wakecheck.rules import BY_CODE

    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(f"{n:>5}\t{code}\t{BY_CODE[code].name if code in BY_CODE else ''}\n" for code, n in rows)
