"""Baselines for legacy code: known findings, by fingerprint, that stay quiet until they are fixed.

A finding's fingerprint is its rule, sink call and chain of functions — not line numbers —
so edits elsewhere in a file do not turn a known finding into a new one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wakecheck.errors import UsageError
from wakecheck.model import BaselineEntry, Finding

FORMAT = 1


@dataclass(frozen=True, slots=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]

    def split(self, findings: Sequence[Finding]) -> tuple[list[Finding], tuple[Finding, ...],
                                                          tuple[BaselineEntry, ...]]:
        """(new findings, known findings, entries no finding matches any more)."""
        known = {e.fingerprint for e in self.entries}
        seen = {f.fingerprint() for f in findings}
        new = [f for f in findings if f.fingerprint() not in known]
        old = tuple(f for f in findings if f.fingerprint() in known)
        stale = tuple(e for e in self.entries if e.fingerprint not in seen)
        return new, old, stale


def render(findings: Sequence[Finding]) -> str:
    entries = sorted({(f.fingerprint(), f.rule, f.path, f.sink, f.entry) for f in findings})
    document = {"wakecheck_baseline": FORMAT, "findings": [
        {"fingerprint": fp, "rule": rule, "path": path, "sink": sink, "entry": entry}
        for fp, rule, path, sink, entry in entries]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def load(path: Path) -> Baseline:
    """Read a baseline; any problem is a one-line error naming the file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError("baseline file does not exist (write one with --write-baseline)", path=str(path)) from exc
    except OSError as exc:
        raise UsageError(f"cannot read baseline: {exc.strerror or exc}", path=str(path)) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"baseline is not valid JSON: {exc}", path=str(path)) from exc
    if not isinstance(document, dict) or document.get("wakecheck_baseline") != FORMAT \
            or not isinstance(document.get("findings"), list):
        raise UsageError(f"not a wakecheck baseline (expected {{\"wakecheck_baseline\": {FORMAT}, "
                         "\"findings\": [...]}})", path=str(path))
    entries = []
    for number, item in enumerate(document["findings"], 1):
        fields = ("fingerprint", "rule", "path", "sink", "entry")
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in fields):
            raise UsageError(f"baseline finding {number} needs string fields {', '.join(fields)}", path=str(path))
        entries.append(BaselineEntry(*(item[k] for k in fields)))
    return Baseline(tuple(entries))
