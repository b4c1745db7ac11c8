"""`wakecheck explain FILE:LINE`: the calls on one line that wake a resource, and every way a loop reaches them.

It reads what the audit reads (wakecheck.results.audit_facts, with ghost paths followed):
each call in a loop's body that reaches a container call is one *way* to it. For each
way it keeps the audit's verdict and chain, the conditions the path passes at each frame
(what lets it through), and for a way the idle model cuts off, the facts that stop each
of its paths. Only what an analysis of the whole project finds is shown: a line whose
call no entry reaches gets an empty explanation, never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wakecheck.audit import audit_sink
from wakecheck.audit_model import AuditSink
from wakecheck.model import ChainFrame, Level, Span, Verdict
from wakecheck.findings import wake_sites
from wakecheck.results import AuditFacts, Cut, EntryResult, Reached, reached
from wakecheck.rules import Reports, reporting

_GENERIC = frozenset({"condition", "fact", "module", "throttle"})  # fallback cuts that name nothing


@dataclass(frozen=True, slots=True)
class Way:
    """One way an entry's loop reaches the call: through one call in the loop's body."""

    entry: str
    through: str  # the body's call as written, e.g. "self.refresh_container_token"
    at: ChainFrame  # where that call is (the body function, the call's line)
    sink: AuditSink  # the audit's verdict and reason, chain from the entry, conditions per frame
    stops: tuple[tuple[str, ...], ...]  # NO: per path the idle model cuts off, the facts that stop it
    once: bool = False  # a loop entry's call outside its loop: it runs once per start, not on a tick


@dataclass(frozen=True, slots=True)
class LineCall:
    """A container call on the line, and whether an idle tick reaches it (the best of its ways)."""

    sink: str
    wake: str
    path: str
    span: Span
    verdict: Verdict
    rule: str | None  # the rule that reports it (WC001 for YES, WC002 for RARELY), if any
    ways: tuple[Way, ...]
    resource: str = ""  # the key of the resource it wakes ("" the container)
    resource_name: str = "the container"


@dataclass(frozen=True, slots=True)
class Lost:
    """A call on the line reached on an idle tick whose target the analysis could not follow."""

    call: str
    how: str
    span: Span
    rule: str
    chain: tuple[ChainFrame, ...]


@dataclass(frozen=True, slots=True)
class LineExplanation:
    path: str
    line: int
    entries: tuple[str, ...]  # the periodic entries analysed
    calls: tuple[LineCall, ...]  # the waking calls on the line (those starting on it, else covering it)
    lost: tuple[Lost, ...]
    leads_to: tuple[LineCall, ...]  # no waking call here: those the call on this line leads to
    # The resources the loops reach, (key, name), as the audit has them (wakecheck.audit.woken).
    resources: tuple[tuple[str, str], ...] = ()

    @property
    def container(self) -> bool:
        """Whether the container is all the loops reach: the words are then the container's."""
        return bool(self.resources) and all(not key for key, _ in self.resources)


_ORDER = {Verdict.NO: 0, Verdict.RARELY: 1, Verdict.YES: 2}
_LEVEL_OF = {Verdict.YES: Level.LIVE, Verdict.RARELY: Level.RARE, Verdict.NO: Level.GHOST}


def explain_line(facts: AuditFacts, entries: Iterable[EntryResult], path: str, line: int,
                 resources: tuple[tuple[str, str], ...] = ()) -> LineExplanation:
    """Explain the waking calls on `path:line` (`path` as the analysis shows paths); `resources`: those
    the loops reach, (key, name), which name what each call wakes."""
    on_line: dict[tuple[str, int, int], list[tuple[Reached, Way]]] = {}
    through: dict[tuple[str, int, int], list[tuple[Reached, Way]]] = {}
    for loop in facts.loops:
        prefix = loop.body[:-1]
        body = loop.body[-1]
        for site in loop.sites:
            at = ChainFrame(body.function, body.path, site.span.line)
            for hit in site.reached:
                way = Way(loop.entry, site.text, at, audit_sink(hit, prefix), _stops(hit.cuts), hit.once)
                key = (hit.path, hit.span.line, hit.span.column)
                if hit.path == path and hit.span.line <= line <= max(hit.span.end_line, hit.span.line):
                    on_line.setdefault(key, []).append((hit, way))
                elif any(frame.path == path and frame.line == line for frame in way.sink.chain[:-1]):
                    through.setdefault(key, []).append((hit, way))
    starting = {key: ways for key, ways in on_line.items() if key[1] == line}
    names = dict(resources)
    calls = _calls(starting or on_line, names)
    return LineExplanation(path, line, tuple(e.entry for e in facts.loops), calls,
                           _lost(entries, path, line), () if calls else _calls(through, names), resources)


def _calls(found: dict[tuple[str, int, int], list[tuple[Reached, Way]]],
           names: dict[str, str]) -> tuple[LineCall, ...]:
    out = []
    for key in sorted(found):
        ways = found[key]
        hit = ways[0][0]
        unique = sorted({way for _, way in ways}, key=lambda w: (w.entry, w.at.line, w.through, w.sink.chain))
        verdict = max((w.sink.verdict for w in unique), key=_ORDER.__getitem__)
        # Reached only by start-up code, it is no finding (SPEC, "Loop entries").
        rule = None if all(w.once for w in unique) else reporting(Reports.SINK, _LEVEL_OF[verdict])
        out.append(LineCall(hit.sink, hit.wake, hit.path, hit.span, verdict, rule.code if rule else None,
                            tuple(unique), hit.resource, names.get(hit.resource, "the container")))
    return tuple(out)


def _stops(cuts: frozenset[frozenset[Cut]]) -> tuple[tuple[str, ...], ...]:
    """Each cut-off path's stopping facts: the configured ones, else what the idle model decided."""
    named: set[tuple[str, ...]] = set()
    deduced: set[tuple[str, ...]] = set()
    for path in cuts:
        strong = sorted(cut.text for cut in path if not cut.weak)
        weak = sorted(f"`{cut.text}` cannot hold on an idle tick" for cut in path
                      if cut.weak and cut.text not in _GENERIC)
        if strong:
            named.add(tuple(strong))
        else:
            deduced.add(tuple(weak or ["a condition the idle model decides against it"]))
    # The configured facts say why: paths only the idle model's deductions stop (a branch of
    # `x if x is not None else guard()` the caller never takes) add lines, not reasons.
    return tuple(sorted(named or deduced, key=lambda facts: (len(facts), facts)))


def _lost(entries: Iterable[EntryResult], path: str, line: int) -> tuple[Lost, ...]:
    found: dict[tuple[int, str], Lost] = {}
    entries = list(entries)
    wakes = wake_sites(entries)
    for entry in entries:
        for hit in entry.summary.unresolved.values():
            if hit.path != path or not hit.span.line <= line <= max(hit.span.end_line, hit.span.line):
                continue
            if (hit.path, hit.span.line, hit.span.column) in wakes:
                continue  # reported as a wake, never also as lost (as `check` reports it)
            value = reached(hit)
            rule = reporting(Reports.UNRESOLVED, value.level)
            if rule is None:
                continue  # only on paths the idle model cuts off: it cannot hide an idle wake
            how = value.wake if value.wake != value.sink else "its target cannot be resolved"
            found.setdefault((hit.span.column, hit.sink), Lost(hit.sink, how, hit.span, rule.code, value.chain))
    return tuple(found[key] for key in sorted(found))
