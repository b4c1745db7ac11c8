"""Analysis results → findings: for each call site, the best finding of the rules selected, in each rule's words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from wakecheck.model import Finding, Span
from wakecheck.resources import DEFAULT_NAME
from wakecheck.results import EntryResult, Gate, Reached, level_of, reached, runs_once
from wakecheck.rules import ANALYSIS_RULES, Reports, Rule, reporting

# The best finding found so far at each (path, line, column).
Best = dict[tuple[str, int, int], Finding]


def findings_from(entries: Sequence[EntryResult], codes: frozenset[str], unit: str,
                  names: Mapping[str, str] | None = None) -> list[Finding]:
    """The best finding per site over these entries' results, of the rules in `codes`; `unit`: the
    idle-unit; `names`: how messages name each resource (by key; the default one is "the container")."""
    if not entries:
        return []  # and the analysis modules are never imported
    best: Best = {}
    reported = wake_sites(entries)
    for entry in entries:
        for kind, hits in ((Reports.SINK, entry.summary.hits), (Reports.UNRESOLVED, entry.summary.unresolved),
                           (Reports.MISREAD, entry.summary.misread)):
            for hit in hits.values():
                if kind is Reports.SINK and runs_once(hit):
                    continue  # a loop entry's start-up call: the audit lists it, it wakes no idle tick
                if kind is Reports.UNRESOLVED and (hit.path, hit.span.line, hit.span.column) in reported:
                    continue
                rule = reporting(kind, level_of(hit))
                if rule is not None and rule.code in codes:
                    keep(best, finding(rule, entry.qualname, reached(hit), unit, names))
    return sorted(best.values(), key=Finding.sort_key)


def wake_sites(entries: Iterable[EntryResult]) -> set[tuple[str, int, int]]:
    """The calls reported as wakes, by (path, line, column). Such a call is never also a place the
    analysis lost track, whichever rules are selected: what it may be besides the handle does not
    hide this call."""
    return {(hit.path, hit.span.line, hit.span.column) for entry in entries for hit in entry.summary.hits.values()
            if not runs_once(hit) and reporting(Reports.SINK, level_of(hit)) is not None}


def by_rule(entries: Sequence[EntryResult], unit: str, names: Mapping[str, str] | None = None,
            ) -> dict[str, list[Finding]]:
    """Each analysis rule's findings on its own: what a check stores, for any later selection of rules."""
    return {rule.code: findings_from(entries, frozenset({rule.code}), unit, names) for rule in ANALYSIS_RULES}


def merged(by_code: Mapping[str, Iterable[Finding]], codes: frozenset[str]) -> list[Finding]:
    """Stored findings of the selected rules, one per site, as `findings_from` would pick them."""
    best: Best = {}
    for code in sorted(codes & set(by_code)):
        for each in by_code[code]:
            keep(best, each)
    return sorted(best.values(), key=Finding.sort_key)


def keep(best: Best, finding: Finding) -> None:
    """Keep `finding` at its site unless one of an earlier rule (or entry) is there."""
    key = (finding.path, finding.span.line, finding.span.column)
    old = best.get(key)
    if old is None or (finding.rule, finding.entry) < (old.rule, old.entry):
        best[key] = finding


def finding(rule: Rule, entry: str, hit: Reached, unit: str, names: Mapping[str, str] | None = None) -> Finding:
    via = " → ".join(short_name(f.function) for f in hit.chain)
    # An unresolved call's detail says how the analysis lost track of it (none: its target).
    lost = hit.wake if hit.wake != hit.sink else "its target cannot be resolved"
    resource = (names or {}).get(hit.resource) or DEFAULT_NAME
    message = rule.message_for(sink=hit.sink, gates=gate_reason(hit.gates), via=via, lost=lost,
                               why=", ".join(sorted(hit.why)) or "under a rare condition", unit=unit,
                               resource=resource)
    span = hit.span if hit.span.line else Span(1, 1, 1, 1)
    return Finding(rule=rule.code, severity=rule.severity, path=hit.path, span=span, message=message,
                   entry=entry, sink=hit.sink, chain=hit.chain, resource=hit.resource)


def short_name(qualname: str) -> str:
    """`TownDO.refresh_container_token` for `gastown.town_do.TownDO.refresh_container_token`."""
    parts = qualname.split(".")
    kept = parts[-2:]
    if len(parts) >= 2 and parts[-2][:1].islower() and not parts[-2].startswith("<"):
        kept = parts[-1:]
    return ".".join(kept)


def gate_reason(frames: Sequence[Sequence[Gate]]) -> str:
    """`gated only on has_rigs` from the conditions dominating a path, nearest the entry first.

    Conditions the path needs True are named before those it needs False (`not x`).
    """
    for wanted in (True, False):
        for gates in frames:
            names = sorted(g.test for g in gates if g.passes == wanted)
            if names:
                shown = names if wanted else [f"not {n}" for n in names]
                return "gated only on " + ", ".join(shown)
    return "ungated"
