"""Analyses → the code-path audit: one row per container-touching call in each loop's body.

A row is a call in the loop's body (the entry, or the first function below it that does
more than call one function unconditionally: `alarm → with_log_tags → lambda → _alarm`)
whose callee reaches a sink, or a sink called there itself. Its verdict comes from the
reach of those sinks (SPEC.md, "Verdicts"); its wake cost from the throttles on the live
paths, the idle alarm period and the container's `sleep_after`.

What it does not derive: a throttle whose interval is not a constant expression, a
throttle written as `now < next_at`, an alarm re-armed with a delay rather than a time
(`set_alarm(now + period)` is read, `schedule(period)` is not), and `sleep_after`
anywhere but a class attribute of a class in the analysed code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wakecheck import __version__
from wakecheck.config import Config, parse_duration
from wakecheck.engine import Analysis, EntryResult, gate_reason, short_name
from wakecheck.errors import ConfigError
from wakecheck.audit_model import Audit, AuditEntry, AuditRow, AuditSink, Fix, Setting, ThrottleNote, WakeCost
from wakecheck.model import ChainFrame, FileError, Span, Verdict

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.reach import Hit, Summary

_SLEEP_AFTER_ATTRS = ("sleep_after", "sleepAfter", "SLEEP_AFTER")
_MAX_WRAPPERS = 8
_NEGATED = "!"
_WEAK = "~"


def build_audit(analysis: Analysis) -> Audit:
    config = analysis.config
    entries: list[AuditEntry] = []
    if analysis.interpreter is not None:
        sleep_after = _sleep_after(analysis.interpreter, config)
        for entry in analysis.entries:
            entries.append(_audit_entry(entry, analysis.interpreter, config, sleep_after))
    return Audit(
        entries=tuple(entries),
        errors=tuple(sorted(set(analysis.errors), key=FileError.sort_key)),
        warnings=tuple(analysis.warnings),
        version=__version__,
        config=_config_origin(config),
        config_digest=config_digest(config),
        idle_model=_idle_model(config),
    )


# ---------------------------------------------------------------------------
# Rows


@dataclass(frozen=True, slots=True)
class _Body:
    fn: ir.FunctionIR
    summary: Summary
    frames: tuple[ChainFrame, ...]  # entry → ... → the body function (last frame: its definition)


def _audit_entry(entry: EntryResult, interp: Interpreter, config: Config,
                 sleep_after: Setting | None) -> AuditEntry:
    body = _loop_body(entry, interp)
    idle_period = _idle_period(entry.summary, config)
    rows: list[AuditRow] = []
    sites = sorted(set(body.summary.site_hits) | set(body.summary.site_ghost_hits),
                   key=lambda s: (_site_key(body.summary, s, body.fn), s))
    prefix = body.frames[:-1]
    for site in sites:
        hits = body.summary.site_hits.get(site) or body.summary.site_ghost_hits.get(site) or {}
        if hits:
            rows.append(_row(site, list(hits.values()), body, prefix, interp, config, sleep_after, idle_period))
    finished = tuple(_with_fixes(rows, body, config, interp))
    return AuditEntry(entry.qualname, entry.path, entry.function.span.line, body.frames,
                      finished, sleep_after, idle_period)


def _loop_body(entry: EntryResult, interp: Interpreter) -> _Body:
    """Pass through wrappers that only call one function, unconditionally, to the loop's body."""
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
        qualname, bound, args, kwargs, closure = next(iter(callees))
        target = interp.index.function(qualname)  # type: ignore[arg-type]
        if target is None:
            break
        frames.append(ChainFrame(fn.qualname, path, _site_span(summary, site, fn).line))
        summary = interp.analyze(target, bound, args, kwargs, closure)  # type: ignore[arg-type]
        fn, path = target, interp.index.path_of(target.module)
    frames.append(ChainFrame(fn.qualname, path, fn.span.line))
    return _Body(fn, summary, tuple(frames))


def _site_key(summary: Summary, site: int, fn: ir.FunctionIR) -> tuple[int, int]:
    span = _site_span(summary, site, fn)
    return (span.line, span.column)


def _site_span(summary: Summary, site: int, fn: ir.FunctionIR) -> Span:
    known = summary.site_text.get(site)
    return known[0] if known else Span(fn.span.line, 1, fn.span.line, 1)


def _row(site: int, hits: list[Hit], body: _Body, prefix: tuple[ChainFrame, ...], interp: Interpreter,
         config: Config, sleep_after: Setting | None, idle_period: Setting | None) -> AuditRow:
    from wakecheck.analysis.reach import LIVE, RARE

    hits.sort(key=lambda h: (h.path, h.span.line, h.span.column, h.sink))
    sinks = tuple(_sink(h, prefix) for h in hits)
    live = [h for h in hits if h.reach.level == LIVE]
    rare = [h for h in hits if h.reach.level == RARE]
    cost: WakeCost | None = None
    if live:
        verdict, reason = Verdict.YES, gate_reason(live[0], 0)
        cost = _cost(live, interp, sleep_after, idle_period)
    elif rare:
        verdict = Verdict.RARELY
        reason = ", ".join(sorted({w for h in rare for w in h.reach.why})) or "under a rare condition"
        cost = _cost(rare, interp, sleep_after, idle_period)
    else:
        verdict, reason = Verdict.NO, _no_reason(hits)
    span, text = body.summary.site_text.get(site, (_site_span(body.summary, site, body.fn), "?"))
    direct = any(h.trail.length == 1 for h in hits)
    callees = sorted({str(c[0]) for c in body.summary.site_callees.get(site, ())})
    return AuditRow(
        code_path=_code_path(text, callees, hits, body.fn, direct),
        functions=tuple(callees) if callees else (text,),
        path=body.frames[-1].path, span=span,
        wakes=tuple(dict.fromkeys(s.wake for s in sinks)),
        verdict=verdict, reason=reason, cost=cost, sinks=sinks, fixes=(),
    )


def _sink(hit: Hit, prefix: tuple[ChainFrame, ...]) -> AuditSink:
    from wakecheck.analysis.reach import LIVE, RARE

    if hit.reach.level == LIVE:
        verdict, reason = Verdict.YES, gate_reason(hit, 0)
    elif hit.reach.level == RARE:
        verdict, reason = Verdict.RARELY, ", ".join(sorted(hit.reach.why)) or "under a rare condition"
    else:
        verdict, reason = Verdict.NO, _no_reason([hit])
    gates = tuple(tuple(sorted(_shown_gate(g) for g in frame)) for frame in hit.gates)
    return AuditSink(hit.sink, hit.detail or hit.label, hit.path, hit.span, verdict, reason,
                     (*prefix, *hit.chain), tuple(() for _ in prefix) + gates)


def _shown_gate(gate: str) -> str:
    return f"not ({gate[1:]})" if gate.startswith(_NEGATED) and " " in gate else (
        f"not {gate[1:]}" if gate.startswith(_NEGATED) else gate)


def _no_reason(hits: Iterable[Hit]) -> str:
    """The facts of the idle model that together cut off every ghost path to the sinks.

    Each ghost path is stopped by any one fact of its cut set; the reason is a small set
    of facts that meets every path's set (chosen greedily, real reasons before fallbacks).
    """
    paths = {p for h in hits for p in h.ghost_paths()}
    strong_paths = [p for p in paths if any(not w.startswith(_WEAK) for w in p)]
    if strong_paths:
        chosen: list[str] = []
        uncovered = [frozenset(w for w in p if not w.startswith(_WEAK)) for p in strong_paths]
        while uncovered:
            counts: dict[str, int] = {}
            for p in uncovered:
                for w in p:
                    counts[w] = counts.get(w, 0) + 1
            pick = min(counts, key=lambda w: (-counts[w], w))
            chosen.append(pick)
            uncovered = [p for p in uncovered if pick not in p]
        return "; ".join(sorted(chosen))
    weak = sorted({w[1:] for p in paths for w in p if w.startswith(_WEAK)})
    shown = [w for w in weak if w not in ("condition", "fact", "module", "throttle")]
    return "never reached on an idle tick" + (f" ({'; '.join(shown)})" if shown else "")


def _code_path(text: str, callees: list[str], hits: list[Hit], body: ir.FunctionIR, direct: bool) -> str:
    """How a row names its call: `refresh_container_token()`, or what a local closure calls."""
    if direct or not callees:
        return f"{text}()"
    if len(callees) == 1:
        callee = callees[0]
        parts = [f"{_near_name(callee, body)}()"]
        if callee.startswith(body.qualname + "."):
            # A closure defined in the body: name what it calls, as a reader would.
            after = sorted({h.chain[2].function for h in hits
                            if len(h.chain) > 2 and h.chain[1].function == callee})
            if len(after) == 1:
                parts.append(f"{_near_name(after[0], body)}()")
        return " → ".join(parts)
    parents = {c.rsplit(".", 1)[0] for c in callees}
    if len(parents) == 1:
        return f"{text}() → closures of {short_name(next(iter(parents)))}()"
    return f"{text}() → " + ", ".join(f"{short_name(c)}()" for c in callees)


def _near_name(qualname: str, body: ir.FunctionIR) -> str:
    """A callee as the body's code names it: a sibling method or a local closure by its own name."""
    for scope in (body.qualname, body.class_qualname):
        if scope and qualname.startswith(scope + ".") and "." not in qualname[len(scope) + 1:]:
            return qualname[len(scope) + 1:]
    return short_name(qualname)


# ---------------------------------------------------------------------------
# Wake cost


def _cost(hits: list[Hit], interp: Interpreter, sleep_after: Setting | None,
          idle_period: Setting | None) -> WakeCost:
    """How often the most frequent of these paths fires on an idle container, and its duty cycle."""
    intervals: list[float | None] = []
    notes: dict[tuple[str, int], ThrottleNote] = {}
    basis = "alarm period"
    for hit in hits:
        found = _throttles(hit, interp)
        notes.update(((n.path, n.line), n) for n in found)
        real = [n.interval_s for n in found if n.memory is None]
        interval: float | None
        if real:
            interval = max(real) if idle_period is None else max(max(real), idle_period.seconds)
        else:
            interval = idle_period.seconds if idle_period is not None else None
        intervals.append(interval)
    known = [i for i in intervals if i is not None]
    if len(known) != len(intervals) or not known:
        return WakeCost(None, None, "unknown", tuple(notes[k] for k in sorted(notes)))
    every = min(known)
    if idle_period is None or every > idle_period.seconds:
        basis = "throttle"
    duty = min(1.0, sleep_after.seconds / every) if sleep_after is not None else None
    return WakeCost(every, duty, basis, tuple(notes[k] for k in sorted(notes)))


def _throttles(hit: Hit, interp: Interpreter) -> list[ThrottleNote]:
    """The time throttles the path passes on its way to the sink (on the side that lets it through)."""
    out = []
    for frame, gates in zip(hit.chain, hit.gates):
        for gate in sorted(gates):
            passes = not gate.startswith(_NEGATED)
            test = gate.removeprefix(_NEGATED)
            known = interp.throttles.get((frame.function, test))
            if known is None:
                continue
            throttle, path, line = known
            if throttle.fires_when == passes:
                out.append(ThrottleNote(test, throttle.interval_s, throttle.memory, path, line))
    return out


def _idle_period(summary: Summary, config: Config) -> Setting | None:
    if summary.rearm:
        # The shortest period re-armed on an idle tick is how often the loop runs.
        rearm = min(summary.rearm, key=lambda r: (r.period_s, r.path, r.line))
        return Setting(rearm.period_s, "set_alarm", rearm.path, rearm.line)
    if config.idle_interval_s is not None:
        return Setting(config.idle_interval_s, f"idle-interval in {_config_origin(config)}")
    return None


def _sleep_after(interp: Interpreter, config: Config) -> Setting | None:
    """`sleep_after = "30m"` on a container class in the analysed code, else the config's value."""
    from wakecheck.analysis.values import Const

    found: list[Setting] = []
    for module in sorted(interp.index.loaded(), key=lambda m: m.name):
        for cls in module.classes:
            for attr, expr in cls.class_attrs:
                if attr not in _SLEEP_AFTER_ATTRS:
                    continue
                value = interp.module_eval(module.name, expr)
                if not isinstance(value, Const) or isinstance(value.value, bool) \
                        or not isinstance(value.value, (str, int, float)):
                    continue
                try:
                    seconds = parse_duration(value.value, attr)
                except ConfigError:
                    continue
                shown = json.dumps(value.value) if isinstance(value.value, str) else str(value.value)
                found.append(Setting(seconds, f"{cls.name}.{attr} = {shown}",
                                     interp.index.path_of(module.name), cls.span.line))
    if found:
        return found[0]
    if config.sleep_after_s is not None:
        return Setting(config.sleep_after_s, f"sleep-after in {_config_origin(config)}")
    return None


# ---------------------------------------------------------------------------
# Fixes


def _with_fixes(rows: list[AuditRow], body: _Body, config: Config, interp: Interpreter) -> list[AuditRow]:
    out = []
    for row in rows:
        if row.verdict is Verdict.YES:
            row = _replace_fixes(row, tuple(_fixes(row, rows, body, config, interp)))
        out.append(row)
    return out


def _replace_fixes(row: AuditRow, fixes: tuple[Fix, ...]) -> AuditRow:
    return AuditRow(row.code_path, row.functions, row.path, row.span, row.wakes, row.verdict,
                    row.reason, row.cost, row.sinks, fixes)


def _fixes(row: AuditRow, rows: list[AuditRow], body: _Body, config: Config,
           interp: Interpreter) -> Iterable[Fix]:
    guard = _guard_text(config)
    body_name = short_name(body.fn.qualname)
    call = row.code_path.split(" → ")[0]
    yield Fix("call-site", f"Guard the call: in `{body_name}`, call `{call}` only when {guard}"
              f" (today the call is {row.reason}).", row.path, row.span.line)
    live = [s for s in row.sinks if s.verdict is Verdict.YES]
    depth = len(body.frames) - 1  # the row's callee is the frame after the body in each chain
    callees = sorted({s.chain[depth + 1].function for s in live if len(s.chain) > depth + 1})
    if len(callees) == 1:
        at = _definition(callees[0], interp)
        yield Fix("callee", f"Guard inside the callee: start `{short_name(callees[0])}` by returning early"
                  f" unless {guard}, so that every caller is covered.", *at)
    # Refresh lazily: the function holding the sinks may already run on paths that wake
    # the container anyway (dispatch); calling it only there loses nothing.
    holders = sorted({s.chain[-1].function for s in live})
    lazy: set[tuple[str, str, int]] = set()
    for other in rows:
        if other is row or other.verdict is not Verdict.NO:
            continue
        for sink in other.sinks:
            names = [f.function for f in sink.chain]
            for holder in holders:
                if holder in names[1:]:
                    frame = sink.chain[names.index(holder) - 1]
                    if frame.function != body.fn.qualname:
                        lazy.add((frame.function, frame.path, frame.line))
    if lazy:
        caller, path, line = sorted(lazy)[0]
        holder_names = ", ".join(f"`{short_name(h)}`" for h in holders)
        yield Fix("lazy", f"Do it lazily where the container is woken anyway: {holder_names} already runs"
                  f" from `{short_name(caller)}` when work is dispatched; drop the call from the loop"
                  f" and rely on that path.", path, line)
    else:
        yield Fix("lazy", "Do it lazily where the container is woken anyway: move the call to the code"
                  " that dispatches work to the container, and drop it from the loop.")


def _definition(qualname: str, interp: Interpreter) -> tuple[str | None, int | None]:
    fn = interp.index.function(qualname)
    if fn is None:
        return None, None
    return interp.index.path_of(fn.module), fn.span.line


def _guard_text(config: Config) -> str:
    """How the fix names the activity check: the configured fix-guard, else the active guards."""
    if config.fix_guard:
        first = config.fix_guard.strip().splitlines()[0]
        return f"the town has active work (the configured guard: `{first}`)"
    names = sorted({p.rsplit(".", 1)[-1] for p in config.active_guards.patterns})
    if names:
        return " or ".join(f"`{n}`" for n in names) + " is true"
    return "the town has active work (no `active-guards` are configured to name the check)"


# ---------------------------------------------------------------------------
# Provenance


def _config_origin(config: Config) -> str:
    if config.source is None:
        return "the built-in defaults"
    try:
        shown = config.source.relative_to(config.root).as_posix()
    except ValueError:
        shown = config.source.name
    return shown if config.source.name != "pyproject.toml" else f"{shown} [tool.wakecheck]"


def config_digest(config: Config) -> str:
    """A short digest of what the configuration means (not where it lives)."""
    return config.digest()[:12]


def _idle_model(config: Config) -> tuple[tuple[str, str], ...]:
    lines: list[tuple[str, str]] = []
    for pattern in config.active_guards.patterns:
        lines.append(("active guard (False on idle)", pattern))
    for pattern, reason in config.empty_on_idle.items:
        lines.append(("empty on idle", f"{pattern}: {reason}"))
    for pattern, reason in config.rare.items:
        lines.append(("rare (almost always False)", f"{pattern}: {reason}"))
    return tuple(lines)
