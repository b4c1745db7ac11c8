"""What the analysis found, read once into frozen values: the sinks each entry reaches, and the audit's facts.

The interpreter's summaries (wakecheck.analysis.reach) give a reach level as an int,
and gates and cut-off reasons as strings with a prefix (`!` for a condition passed
False, `~` for a fallback reason). This module is the one place that reads them; every
later stage (findings, the audit) works with `Level`, `Gate` and `Cut`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from wakecheck.model import ChainFrame, Level, Span

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir
    from wakecheck.analysis.periodic import Period
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.reach import Hit, Summary
    from wakecheck.analysis.values import Throttle as _Throttle, Value

    # The interpreter's throttles: (function, test) → (the throttle, its path and line).
    Throttles = Mapping[tuple[str, str], tuple[_Throttle, str, int]]


@dataclass(frozen=True, slots=True)
class Throttle:
    """A time throttle: its test lets the path through every `interval_s` (when it is `fires_when`)."""

    interval_s: float
    fires_when: bool
    memory: str | None  # the in-memory state the last time is kept in, when it is not a real throttle
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Gate:
    """A condition, not part of the idle model, that a path passes: with `test` True, or False (`passes`)."""

    test: str
    passes: bool
    throttle: Throttle | None = None  # when the test is a time throttle (read for the audit only)

    def shown(self) -> str:
        """`has_rigs`, or `not has_rigs`, `not (a or b)` for a condition passed False."""
        if self.passes:
            return self.test
        return f"not ({self.test})" if " " in self.test else f"not {self.test}"


@dataclass(frozen=True, slots=True)
class Cut:
    """A fact of the idle model that cuts a path off; `weak`: a fallback, named only when nothing better is known."""

    text: str
    weak: bool


@dataclass(frozen=True, slots=True)
class Reached:
    """A sink (or an unresolved call) reached from the analysed function, and how."""

    sink: str  # the callee as written
    wake: str  # what it does: "POST /refresh-token", or the method name
    path: str
    span: Span
    level: Level
    why: frozenset[str]  # RARE: the rare predicates' reasons
    chain: tuple[ChainFrame, ...]  # from the analysed function down to the sink
    gates: tuple[tuple[Gate, ...], ...]  # per chain frame, the conditions dominating it
    cuts: frozenset[frozenset[Cut]]  # GHOST: the cut sets of the paths (each stopped by any one)
    resource: str = ""  # the key of the resource it wakes ("" the default one)
    once: bool = False  # reached only by a loop entry's code outside its loop: once per start, not on a tick


@dataclass(frozen=True, slots=True)
class EntryResult:
    """One alarm-loop entry and the summary of its analysis (the interpreter's, read by this module only)."""

    qualname: str  # as the user names it (the class it is reached through)
    function: ir.FunctionIR
    path: str
    summary: Summary
    idiom: str | None = None  # the periodic idiom it was recognised by; None: named by `entry`
    period: Period | None = None  # its period, when the code (or the platform's file) says it


def runs_once(hit: Hit) -> bool:
    """Whether a hit is reached only by a loop entry's start-up (or shut-down) code, never on a tick."""
    from wakecheck.analysis.reach import ONCE

    return ONCE in hit.trail.gates


_LEVELS: dict[int, Level] = {}


def _level(value: int) -> Level:
    if not _LEVELS:
        from wakecheck.analysis.reach import GHOST, LIVE, RARE

        _LEVELS.update({LIVE: Level.LIVE, RARE: Level.RARE, GHOST: Level.GHOST})
    return _LEVELS[value]


def level_of(hit: Hit) -> Level:
    return _level(hit.reach.level)


def reached(hit: Hit, throttles: Throttles | None = None) -> Reached:
    """A hit as a frozen value; with the interpreter's `throttles`, each gate knows whether it is one."""
    from wakecheck.analysis.reach import GHOST, NEGATED, ONCE, WEAK

    chain = hit.chain
    gates = tuple(tuple(_gate(raw, frame.function, throttles, NEGATED) for raw in sorted(frame_gates) if raw != ONCE)
                  for frame, frame_gates in zip(chain, hit.gates))
    level = _level(hit.reach.level)
    cuts = frozenset(frozenset(Cut(w.removeprefix(WEAK), w.startswith(WEAK)) for w in path)
                     for path in hit.ghost_paths()) if hit.reach.level == GHOST else frozenset()
    why = hit.reach.why if level is Level.RARE else frozenset()
    return Reached(hit.sink, hit.detail or hit.label, hit.path, hit.span, level, why, chain, gates, cuts,
                   hit.resource, ONCE in hit.trail.gates)


def _gate(raw: str, function: str, throttles: Throttles | None, negated: str) -> Gate:
    passes = not raw.startswith(negated)
    test = raw.removeprefix(negated)
    known = throttles.get((function, test)) if throttles is not None else None
    if known is None:
        return Gate(test, passes)
    throttle, path, line = known
    return Gate(test, passes, Throttle(throttle.interval_s, throttle.fires_when, throttle.memory, path, line))


# ---------------------------------------------------------------------------
# the audit's facts


@dataclass(frozen=True, slots=True)
class Site:
    """A call in a loop's body that reaches sinks: on live or rare paths, else only on ghost ones."""

    span: Span
    text: str  # the callee as written ("?" when not known)
    callees: tuple[str, ...]  # the project functions it calls, sorted
    reached: tuple[Reached, ...]

    @property
    def once(self) -> bool:
        """A loop entry's call outside its loop: it runs once per start, not on a tick."""
        return all(r.once for r in self.reached)


@dataclass(frozen=True, slots=True)
class Rearm:
    """`set_alarm(now + period)` reached on an idle tick: the loop's idle period."""

    period_s: float
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Place:
    """Where a function is defined."""

    path: str
    line: int
    receiver: str | None = None  # its first parameter: what `{self}` in fix-guard stands for there


@dataclass(frozen=True, slots=True)
class LoopFacts:
    """One entry's loop: the wrappers passed through to its body, the body's calls, where it re-arms."""

    entry: str
    path: str
    line: int
    body: tuple[ChainFrame, ...]  # entry → ... → the body function (last frame: its definition)
    body_class: str | None  # the class the body function is a method of
    sites: tuple[Site, ...]  # in source order
    rearms: tuple[Rearm, ...]  # the entry's, shortest period first
    definitions: Mapping[str, Place]  # where each callee the rows name is defined
    body_receiver: str | None = None  # the body function's first parameter (`{self}` in fix-guard)
    period: Period | None = None  # the period its idiom states (a sleep, a schedule), when constant
    idiom: str | None = None  # the periodic idiom it was recognised by


@dataclass(frozen=True, slots=True)
class SleepAttr:
    """A `sleep_after`-like class attribute whose value is a constant."""

    value: str | int | float
    origin: str  # `Class.attr`
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class AuditFacts:
    """Everything the audit is made of, as the analysis found it."""

    loops: tuple[LoopFacts, ...]
    sleep_attrs: tuple[SleepAttr, ...]  # by module name, then as defined


SLEEP_AFTER_ATTRS = ("sleep_after", "sleepAfter", "SLEEP_AFTER")
_MAX_WRAPPERS = 8


def audit_facts(entries: Iterable[EntryResult], interp: Interpreter | None) -> AuditFacts:
    """The audit's facts: sleep settings found in the code, then each entry's loop."""
    if interp is None:
        return AuditFacts((), ())
    sleep = _sleep_attrs(interp)
    loops = tuple(_loop_facts(entry, interp) for entry in entries)
    return AuditFacts(loops, sleep)


def _loop_facts(entry: EntryResult, interp: Interpreter) -> LoopFacts:
    fn, summary, frames = _loop_body(entry, interp)
    throttles = interp.throttles
    sites = []
    for site in sorted(set(summary.site_hits) | set(summary.site_ghost_hits),
                       key=lambda s: (_site_key(summary, s, fn), s)):
        hits = summary.site_hits.get(site) or summary.site_ghost_hits.get(site) or {}
        if not hits:
            continue
        span, text = summary.site_text.get(site, (_site_span(summary, site, fn), "?"))
        callees = tuple(sorted({str(c[0]) for c in summary.site_callees.get(site, ())}))
        sites.append(Site(span, text, callees, tuple(reached(hit, throttles) for hit in hits.values())))
    sites = _one_per_call(sites)
    rearms = tuple(Rearm(r.period_s, r.path, r.line)
                   for r in sorted(entry.summary.rearm, key=lambda r: (r.period_s, r.path, r.line)))
    return LoopFacts(entry.qualname, entry.path, entry.function.span.line, frames, fn.class_qualname,
                     tuple(sites), rearms, _definitions(sites, interp), _receiver(fn), entry.period, entry.idiom)


def _loop_body(entry: EntryResult, interp: Interpreter) -> tuple[ir.FunctionIR, Summary, tuple[ChainFrame, ...]]:
    """Pass through wrappers that only call one function, unconditionally, to the loop's body.

    A row is a call in the loop's body (the entry, or the first function below it that
    does more than call one function unconditionally: `alarm → with_log_tags → lambda →
    _alarm`).
    """
    fn, summary = entry.function, entry.summary
    path = entry.path
    frames: list[ChainFrame] = []
    for _ in range(_MAX_WRAPPERS):
        sites = set(summary.site_hits) | set(summary.site_ghost_hits)
        if len(sites) != 1:
            break
        site = next(iter(sites))
        real = summary.site_hits.get(site, {})
        callees = summary.site_callees.get(site, set())
        if not real or len({c[0] for c in callees}) != 1 or len(callees) != 1:
            break
        if any(h.trail.length == 1 or h.trail.gates for h in real.values()):
            break  # a sink in the wrapper itself, or a call that is conditional: rows start here
        # A call's context as the interpreter records it: (qualname, bound, args, kwargs, closure).
        qualname, bound, args, kwargs, closure = next(iter(callees))
        target = interp.index.function(cast(str, qualname))
        if target is None:
            break
        inner = interp.analyze(target, cast("Value | None", bound), cast("Sequence[Value]", args),
                               cast("Sequence[tuple[str | None, Value]]", kwargs),
                               cast("tuple[tuple[str, Value], ...]", closure))
        if any(key not in inner.hits or h.reach.level < inner.hits[key].reach.level for key, h in real.items()):
            break  # the call is made only under a rare condition: rows start here
        frames.append(ChainFrame(fn.qualname, path, _site_span(summary, site, fn).line))
        summary = inner
        fn, path = target, interp.index.path_of(target.module)
    frames.append(ChainFrame(fn.qualname, path, fn.span.line))
    return fn, summary, tuple(frames)


def _site_key(summary: Summary, site: int, fn: ir.FunctionIR) -> tuple[int, int]:
    span = _site_span(summary, site, fn)
    return (span.line, span.column)


def _site_span(summary: Summary, site: int, fn: ir.FunctionIR) -> Span:
    known = summary.site_text.get(site)
    return known[0] if known else Span(fn.span.line, 1, fn.span.line, 1)


def _one_per_call(sites: list[Site]) -> list[Site]:
    """One site per call as written: a `with` runs its `__exit__` at each way out of the block (the
    end, an exception), each its own site, and the audit has one row for the line it stands on."""
    merged: dict[tuple[Span, str], Site] = {}
    for site in sites:
        key = (site.span, site.text)
        known = merged.get(key)
        merged[key] = site if known is None else Site(
            site.span, site.text, tuple(sorted({*known.callees, *site.callees})),
            _best_reached((*known.reached, *site.reached)))
    return list(merged.values())


def _best_reached(reached: tuple[Reached, ...]) -> tuple[Reached, ...]:
    """Each sink once, as the way that reaches it most (live, then rare, then ruled out)."""
    order = {Level.LIVE: 0, Level.RARE: 1}
    best: dict[tuple[str, Span, str], Reached] = {}
    for r in reached:
        key = (r.path, r.span, r.sink)
        known = best.get(key)
        if known is None or order.get(r.level, 2) < order.get(known.level, 2):
            best[key] = r
    return tuple(best.values())


def _definitions(sites: list[Site], interp: Interpreter) -> dict[str, Place]:
    """Where each function a row's sinks are reached through (the callee of the body's call) is defined."""
    found: dict[str, Place] = {}
    for site in sites:
        for hit in site.reached:
            if len(hit.chain) > 1 and hit.chain[1].function not in found:
                fn = interp.index.function(hit.chain[1].function)
                if fn is not None:
                    found[fn.qualname] = Place(interp.index.path_of(fn.module), fn.span.line, _receiver(fn))
    return found


def _receiver(fn: ir.FunctionIR) -> str | None:
    from wakecheck.analysis.cfg import ParamKind
    from wakecheck.guard_template import receiver

    return receiver([p.name for p in fn.params if p.kind is ParamKind.POSITIONAL])


def _sleep_attrs(interp: Interpreter) -> tuple[SleepAttr, ...]:
    """`sleep_after = "30m"`-like class attributes of the analysed code, whose value is a constant:
    those of the classes Wrangler says run a container first (their modules loaded to read them)."""
    from wakecheck.analysis.values import Const

    wrangler = interp.config.wrangler
    names: set[str] = set()
    if wrangler is not None:
        names = {name for name, _ in wrangler.container_classes} | {b.class_name for b in wrangler.bindings
                                                                     if b.container}
    containers = {qualname for name in sorted(names) for qualname in interp.index.classes_named(name)}
    found: list[SleepAttr] = []
    first: list[SleepAttr] = []
    for module in sorted(interp.index.loaded(), key=lambda m: m.name):
        for cls in module.classes:
            for attr, expr in cls.class_attrs:
                if attr not in SLEEP_AFTER_ATTRS:
                    continue
                value = interp.module_eval(module.name, expr)
                if not isinstance(value, Const) or isinstance(value.value, bool) \
                        or not isinstance(value.value, (str, int, float)):
                    continue
                (first if cls.qualname in containers else found).append(
                    SleepAttr(value.value, f"{cls.name}.{attr}", interp.index.path_of(module.name), cls.span.line))
    return (*first, *found)
