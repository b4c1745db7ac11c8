"""The audit as JSON (`wakecheck audit --format json`), with the detail behind each row."""

from __future__ import annotations

import json
import re

from wakecheck.audit_model import Audit, AuditEntry, AuditRow, AuditSink, Setting
from wakecheck.model import ChainFrame


def render(audit: Audit) -> str:
    document: dict[str, object] = {
        "version": audit.version,
        "config": audit.config,
        "config_digest": audit.config_digest,
        "entries": [_entry(e) for e in audit.entries],
        "errors": [{"path": e.path, "line": e.line, "column": e.column, "message": e.message}
                   for e in audit.errors],
        "warnings": list(audit.warnings),
    }
    if audit.lost:
        document["lost_track"] = audit.lost  # places on idle paths the analysis could not follow
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# Positions as `render` lays them out (indent=2: each key on a line of its own), and a
# lambda's name, which holds its line (`<lambda:114>`).
_POSITION = re.compile(r'^(\s*"(?:line|column)": )\d+')
_LAMBDA = re.compile(r"(<lambda:)\d+>")


def without_line_numbers(line: str) -> str:
    """One line of the document with its positions blanked: what stays when code only moved."""
    return _LAMBDA.sub(r"\1#>", _POSITION.sub(r"\1#", line))


def _entry(e: AuditEntry) -> dict[str, object]:
    out: dict[str, object] = {
        "entry": e.entry, "path": e.path, "line": e.line,
        "body": [_frame(f) for f in e.body],
        "sleep_after_s": _seconds(e.sleep_after), "sleep_after_from": _origin(e.sleep_after),
        "idle_period_s": _seconds(e.idle_period), "idle_period_from": _origin(e.idle_period),
        "rows": [_row(r) for r in e.rows],
    }
    # Keys of recognised and loop entries only: an entry named by `entry` reads as it always did.
    if e.idiom is not None:
        out["idiom"] = e.idiom
    if e.startup:
        out["startup_rows"] = [_row(r) for r in e.startup]
    return out


def _row(row: AuditRow) -> dict[str, object]:
    cost = row.cost
    found: dict[str, object] = {
        "code_path": row.code_path,
        "function": row.functions[0],
        "functions": list(row.functions),
        "path": row.path, "line": row.span.line, "column": row.span.column,
        "wakes": list(row.wakes),
        "verdict": row.verdict.value,
        "reason": row.reason,
        "wake_interval_s": _number(cost.interval_s) if cost else None,
        "duty_cycle": _number(cost.duty_cycle) if cost else None,
        "throttles": [{"test": t.test, "interval_s": _number(t.interval_s), "in_memory": t.memory is not None,
                       "kept_in": t.memory, "path": t.path, "line": t.line}
                      for t in (cost.throttles if cost else ())],
        "sinks": [_sink(s) for s in row.sinks],
        "fixes": [{"kind": f.kind, "text": f.text, "path": f.path, "line": f.line} for f in row.fixes],
    }
    # Keys of the resources and their costs: only where they say something, so that the audit of a
    # configuration without them keeps its shape.
    if row.resource:
        found["resource"] = row.resource
    if cost is not None and cost.hours_per_month is not None:
        found["fleet_size"] = cost.fleet
        found["awake_hours_per_month"] = _number(round(cost.hours_per_month, 2))
    if cost is not None and cost.cost_per_month is not None:
        found["cost_per_month"] = _number(round(cost.cost_per_month, 2))
    if row.keepalive is not None:
        found["keepalive"] = row.keepalive
    return found


def _sink(sink: AuditSink) -> dict[str, object]:
    return {
        "sink": sink.sink, "wake": sink.wake, "path": sink.path,
        "line": sink.span.line, "column": sink.span.column,
        "verdict": sink.verdict.value, "reason": sink.reason,
        "chain": [{**_frame(f), "gates": list(g)} for f, g in zip(sink.chain, sink.gates)],
    }


def _frame(frame: ChainFrame) -> dict[str, object]:
    return {"function": frame.function, "path": frame.path, "line": frame.line}


def _seconds(setting: Setting | None) -> float | int | None:
    return _number(setting.seconds) if setting else None


def _origin(setting: Setting | None) -> dict[str, object] | None:
    if setting is None:
        return None
    return {"text": setting.origin, "path": setting.path, "line": setting.line}


def _number(value: float | None) -> float | int | None:
    """Whole numbers as integers (3600, not 3600.0), as the README shows them."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)
