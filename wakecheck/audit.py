"""The audit's facts → the code-path audit: one row per container-touching call in each loop's body.

A row is a call in the loop's body (the entry, or the first function below it that does
more than call one function unconditionally: `alarm → with_log_tags → lambda → _alarm`)
whose callee reaches a sink, or a sink called there itself. Its verdict comes from the
reach of those sinks (see the README, "Verdicts"); its wake cost from the throttles on
the live paths, the idle alarm period and the container's `sleep_after`. Everything here
is a function of the facts the analysis found (wakecheck.results.AuditFacts) and the
configuration.

What it does not derive: a throttle whose interval is not a constant expression, a
throttle written as `now < next_at`, an alarm re-armed with a delay rather than a time
(`set_alarm(now + period)` is read, `schedule(period)` is not), and `sleep_after`
anywhere but a class attribute of a class in the analysed code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace

from wakecheck import __version__
from wakecheck.audit_model import Audit, AuditEntry, AuditRow, AuditSink, Fix, Setting, ThrottleNote, WakeCost
from wakecheck.config import Config, parse_duration
from wakecheck.errors import ConfigError
from wakecheck.findings import gate_reason, short_name
from wakecheck.model import ChainFrame, FileError, Level, Span, Verdict
from wakecheck.resources import DEFAULT_KEY, Resource, Resources
from wakecheck.results import AuditFacts, LoopFacts, Reached, SleepAttr
from wakecheck.suppressions import Suppression, keepalive_reason


def build_audit(facts: AuditFacts, config: Config, errors: Iterable[FileError], warnings: Sequence[str],
                lost: int = 0, lost_code: str = "", keepalives: Sequence[Suppression] = ()) -> Audit:
    sleep_after = _sleep_after(facts.sleep_attrs, config)
    return Audit(
        entries=tuple(_audit_entry(loop, config, sleep_after, keepalives) for loop in facts.loops),
        errors=tuple(sorted(set(errors), key=FileError.sort_key)),
        warnings=tuple(warnings),
        version=__version__,
        config=_config_origin(config),
        config_digest=config_digest(config),
        idle_model=_idle_model(config),
        lost=lost,
        lost_code=lost_code,
        unit=config.idle_unit,
        resources=woken(facts, config),
        defaults=config.source is None,
    )


def woken(facts: AuditFacts, config: Config) -> tuple[tuple[str, str], ...]:
    """The resources the loops reach, (key, name) in the order met; when they reach none, those the
    configuration describes: the container when a factory, a sink or a Wrangler binding is its own,
    and each resource table. Their names are what the audit and `explain` speak of."""
    resources = config.resources()
    keys = dict.fromkeys(hit.resource for loop in facts.loops for site in loop.sites for hit in site.reached)
    if not keys:
        if config.container_factories.patterns or config.sinks.patterns or config.namespaces():
            keys[DEFAULT_KEY] = None
        keys.update(dict.fromkeys(r.key for r in config.named_resources))
    return tuple((key, resources.get(key).name) for key in keys)


# ---------------------------------------------------------------------------
# Rows


def _audit_entry(loop: LoopFacts, config: Config, sleep_after: Setting | None,
                 keepalives: Sequence[Suppression]) -> AuditEntry:
    idle_period = _idle_period(loop, config)
    prefix = loop.body[:-1]
    resources = config.resources()
    rows = [_row(site.span, site.text, site.callees, list(site.reached), loop, prefix, sleep_after, idle_period)
            for site in loop.sites if not site.once]
    rows = [_with_resource(row, list(site.reached), resources, config, sleep_after, keepalives)
            for row, site in zip(rows, [s for s in loop.sites if not s.once])]
    finished = tuple(_with_fixes(rows, loop, config))
    named = {row.resource: (row.resource, row.resource_name, _resource_sleep(resources.get(row.resource), row.resource))
             for row in finished if row.resource}
    startup = tuple(_startup_row(site.span, site.text, site.callees, list(site.reached), loop, prefix, resources)
                    for site in loop.sites if site.once)
    return AuditEntry(loop.entry, loop.path, loop.line, loop.body, finished, sleep_after, idle_period,
                      tuple(named.values()), startup, loop.idiom)


def _row(span: Span, text: str, callees: tuple[str, ...], hits: list[Reached], loop: LoopFacts,
         prefix: tuple[ChainFrame, ...], sleep_after: Setting | None, idle_period: Setting | None) -> AuditRow:
    hits.sort(key=lambda h: (h.path, h.span.line, h.span.column, h.sink))
    sinks = tuple(audit_sink(h, prefix) for h in hits)
    live = [h for h in hits if h.level is Level.LIVE]
    rare = [h for h in hits if h.level is Level.RARE]
    cost: WakeCost | None = None
    if live:
        # A call nothing gates is the reason the row fires, whatever else it reaches behind a gate.
        ungated = [h for h in live if not any(h.gates)]
        verdict, reason = Verdict.YES, gate_reason((ungated or live)[0].gates)
        cost = _cost(live, sleep_after, idle_period)
    elif rare:
        verdict = Verdict.RARELY
        reason = ", ".join(sorted({w for h in rare for w in h.why})) or "under a rare condition"
        cost = _cost(rare, sleep_after, idle_period)
    else:
        verdict, reason = Verdict.NO, _no_reason(hits)
    direct = any(len(h.chain) == 1 for h in hits)
    return AuditRow(
        code_path=_code_path(text, callees, hits, loop, direct),
        functions=callees if callees else (text,),
        path=loop.body[-1].path, span=span,
        wakes=tuple(dict.fromkeys(s.wake for s in sinks)),
        verdict=verdict, reason=reason, cost=cost, sinks=sinks, fixes=(),
    )


def _startup_row(span: Span, text: str, callees: tuple[str, ...], hits: list[Reached], loop: LoopFacts,
                 prefix: tuple[ChainFrame, ...], resources: Resources) -> AuditRow:
    """A loop entry's call outside its loop: its verdict says whether a start reaches its resource."""
    row = _row(span, text, callees, hits, loop, prefix, None, None)
    reason = "runs once per start, not on a tick" + (f" ({row.reason})" if row.verdict is not Verdict.YES else "")
    key = _resource_key(hits)
    return AuditRow(row.code_path, row.functions, row.path, row.span, row.wakes, row.verdict, reason, None,
                    row.sinks, (), resource=key, resource_name=resources.get(key).name)


def audit_sink(hit: Reached, prefix: tuple[ChainFrame, ...]) -> AuditSink:
    """A sink as the audit shows it; `prefix`: the wrapper frames from the entry to the loop's body."""
    match hit.level:
        case Level.LIVE:
            verdict, reason = Verdict.YES, gate_reason(hit.gates)
        case Level.RARE:
            verdict, reason = Verdict.RARELY, ", ".join(sorted(hit.why)) or "under a rare condition"
        case _:  # GHOST: never reached on an idle tick
            verdict, reason = Verdict.NO, _no_reason([hit])
    gates = tuple(tuple(sorted(g.shown() for g in frame)) for frame in hit.gates)
    return AuditSink(hit.sink, hit.wake, hit.path, hit.span, verdict, reason,
                     (*prefix, *hit.chain), tuple(() for _ in prefix) + gates)


def _no_reason(hits: Iterable[Reached]) -> str:
    """The facts of the idle model that together cut off every ghost path to the sinks.

    Each ghost path is stopped by any one fact of its cut set; the reason is a small set
    of facts that meets every path's set (chosen greedily, real reasons before fallbacks).
    """
    paths = {p for h in hits for p in h.cuts}
    strong_paths = [p for p in paths if any(not cut.weak for cut in p)]
    if strong_paths:
        chosen: list[str] = []
        uncovered = [frozenset(cut.text for cut in p if not cut.weak) for p in strong_paths]
        while uncovered:
            counts: dict[str, int] = {}
            for p in uncovered:
                for w in p:
                    counts[w] = counts.get(w, 0) + 1
            pick = min(counts, key=lambda w: (-counts[w], w))
            chosen.append(pick)
            uncovered = [p for p in uncovered if pick not in p]
        return "; ".join(sorted(chosen))
    weak = sorted({cut.text for p in paths for cut in p if cut.weak})
    shown = [w for w in weak if w not in ("condition", "fact", "module", "throttle")]
    return "never reached on an idle tick" + (f" ({'; '.join(shown)})" if shown else "")


def _code_path(text: str, callees: tuple[str, ...], hits: list[Reached], loop: LoopFacts, direct: bool) -> str:
    """How a row names its call: `refresh_container_token()`, or what a local closure calls."""
    if direct or not callees:
        # A lazy query evaluated without a call of its own is named as the call it amounts to.
        return text if text.endswith((")", "]")) else f"{text}()"
    body = loop.body[-1].function
    if len(callees) == 1:
        callee = callees[0]
        parts = [f"{_near_name(callee, loop)}()"]
        if callee.startswith(body + "."):
            # A closure defined in the body: name what it calls, as a reader would.
            after = sorted({h.chain[2].function for h in hits
                            if len(h.chain) > 2 and h.chain[1].function == callee})
            if len(after) == 1:
                parts.append(f"{_near_name(after[0], loop)}()")
        return " → ".join(parts)
    parents = {c.rsplit(".", 1)[0] for c in callees}
    parent = next(iter(parents))
    if len(parents) == 1 and parent != loop.body_class:
        return f"{text}() → closures of {short_name(parent)}()"  # methods of the body's class are named
    return f"{text}() → " + ", ".join(f"{_near_name(c, loop)}()" for c in callees)


def _near_name(qualname: str, loop: LoopFacts) -> str:
    """A callee as the body's code names it: a sibling method or a local closure by its own name."""
    for scope in (loop.body[-1].function, loop.body_class):
        if scope and qualname.startswith(scope + ".") and "." not in qualname[len(scope) + 1:]:
            return qualname[len(scope) + 1:]
    return short_name(qualname)


# ---------------------------------------------------------------------------
# Resources: which one a row wakes, what its idle hours cost, whether it is woken on purpose


_HOURS_PER_MONTH = 730.0  # 365 × 24 / 12


def _with_resource(row: AuditRow, hits: list[Reached], resources: Resources, config: Config,
                   sleep_after: Setting | None, keepalives: Sequence[Suppression]) -> AuditRow:
    """The row as its resource sees it: the resource's own sleep timeout, the month's awake hours
    over the fleet and their price when configured, and a keep-alive on its path."""
    waking = _waking(hits)
    key = waking[0].resource if waking else DEFAULT_KEY
    resource = resources.get(key)
    cost = row.cost
    if cost is not None and key:
        own = _resource_sleep(resource, key)
        duty = min(1.0, own.seconds / cost.interval_s) if own is not None and cost.interval_s else None
        cost = replace(cost, duty_cycle=duty, sleep_after=own)
    if cost is not None and cost.duty_cycle is not None and (
            config.fleet_size is not None or resource.price_per_hour is not None):
        fleet = config.fleet_size or 1
        hours = cost.duty_cycle * _HOURS_PER_MONTH * fleet
        price = resource.price_per_hour
        cost = replace(cost, hours_per_month=hours, fleet=fleet,
                       cost_per_month=hours * price if price is not None else None)
    keepalive = None
    if row.verdict is not Verdict.NO:
        places = [(h.path, h.span.line) for h in waking] + [(f.path, f.line) for h in waking for f in h.chain]
        keepalive = keepalive_reason(places, keepalives)
    return replace(row, cost=cost, resource=key, resource_name=resource.name, keepalive=keepalive)


def _waking(hits: Sequence[Reached]) -> Sequence[Reached]:
    """A row's sinks an idle tick reaches, else all of them."""
    return [h for h in hits if h.level is not Level.GHOST] or hits


def _resource_key(hits: Sequence[Reached]) -> str:
    """The resource a row wakes: that of its first sink an idle tick reaches, else of its first sink."""
    waking = _waking(hits)
    return waking[0].resource if waking else DEFAULT_KEY


def _resource_sleep(resource: Resource, key: str) -> Setting | None:
    if resource.sleep_after_s is None:
        return None
    if any(r.key == key for r in _configured(resource)):
        return Setting(resource.sleep_after_s, f"sleep-after of [resources.{key}]")
    return Setting(resource.sleep_after_s, f"the built-in default; `sleep-after` in"
                   f" `[tool.wakecheck.resources.{key}]` sets your own", prose=True)


def _configured(resource: Resource) -> tuple[Resource, ...]:
    """The resource, if it came from a table (a built-in default has no models of its own)."""
    return (resource,) if resource.models or resource.factories.patterns or resource.sinks.patterns else ()


# ---------------------------------------------------------------------------
# Wake cost


def _cost(hits: list[Reached], sleep_after: Setting | None, idle_period: Setting | None) -> WakeCost:
    """How often the most frequent of these paths fires on an idle container, and its duty cycle."""
    intervals: list[float | None] = []
    notes: dict[tuple[str, int], ThrottleNote] = {}
    basis = "alarm period"
    for hit in hits:
        found = _throttles(hit)
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


def _throttles(hit: Reached) -> list[ThrottleNote]:
    """The time throttles the path passes on its way to the sink (on the side that lets it through)."""
    return [ThrottleNote(gate.test, gate.throttle.interval_s, gate.throttle.memory, gate.throttle.path,
                         gate.throttle.line)
            for gates in hit.gates for gate in gates
            if gate.throttle is not None and gate.throttle.fires_when == gate.passes]


def _idle_period(loop: LoopFacts, config: Config) -> Setting | None:
    if loop.rearms:
        # The shortest period re-armed on an idle tick is how often the loop runs.
        rearm = loop.rearms[0]
        return Setting(rearm.period_s, "set_alarm", rearm.path, rearm.line)
    if loop.period is not None:
        # A recognised idiom's own period: its sleep, its schedule, its platform's crons.
        return Setting(loop.period.seconds, loop.period.origin, loop.period.path, loop.period.line)
    if config.idle_interval_s is not None:
        return Setting(config.idle_interval_s, f"idle-interval in {_config_origin(config)}")
    return None


def _sleep_after(found: Sequence[SleepAttr], config: Config) -> Setting | None:
    """`sleep_after = "30m"` on a container class in the analysed code, else the config's value."""
    for attr in found:
        try:
            seconds = parse_duration(attr.value, attr.origin.rpartition(".")[2])
        except ConfigError:
            continue
        shown = json.dumps(attr.value) if isinstance(attr.value, str) else str(attr.value)
        return Setting(seconds, f"{attr.origin} = {shown}", attr.path, attr.line)
    if config.sleep_after_s is not None:
        return Setting(config.sleep_after_s, f"sleep-after in {_config_origin(config)}")
    return None


# ---------------------------------------------------------------------------
# Fixes


def _with_fixes(rows: list[AuditRow], loop: LoopFacts, config: Config) -> list[AuditRow]:
    out = []
    for row in rows:
        if row.verdict is Verdict.YES:
            row = _replace_fixes(row, tuple(_fixes(row, rows, loop, config)))
        out.append(row)
    return out


def _replace_fixes(row: AuditRow, fixes: tuple[Fix, ...]) -> AuditRow:
    return replace(row, fixes=fixes)


def _fixes(row: AuditRow, rows: list[AuditRow], loop: LoopFacts, config: Config) -> Iterable[Fix]:
    guard = _guard_text(config, loop.body_receiver)  # the call site is in the body
    body = loop.body[-1].function
    body_name = short_name(body)
    call = row.code_path.split(" → ")[0]
    yield Fix("call-site", f"Guard the call: in `{body_name}`, call `{call}` only when {guard}"
              f" (today the call is {row.reason}).", row.path, row.span.line)
    live = [s for s in row.sinks if s.verdict is Verdict.YES]
    depth = len(loop.body) - 1  # the row's callee is the frame after the body in each chain
    callees = sorted({s.chain[depth + 1].function for s in live if len(s.chain) > depth + 1})
    if len(callees) == 1:
        at = loop.definitions.get(callees[0])
        inside = _guard_text(config, at.receiver if at else None)
        yield Fix("callee", f"Guard inside the callee: start `{short_name(callees[0])}` by returning early"
                  f" unless {inside}, so that every caller is covered.", at.path if at else None,
                  at.line if at else None)
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
                    if frame.function != body:
                        lazy.add((frame.function, frame.path, frame.line))
    woken = "the container" if not row.resource else row.resource_name
    if lazy:
        caller, path, line = sorted(lazy)[0]
        holder_names = ", ".join(f"`{short_name(h)}`" for h in holders)
        yield Fix("lazy", f"Do it lazily where {woken} is woken anyway: {holder_names} already runs"
                  f" from `{short_name(caller)}` when work is dispatched; drop the call from the loop"
                  f" and rely on that path.", path, line)
    elif not row.resource:
        yield Fix("lazy", "Do it lazily where the container is woken anyway: move the call to the code"
                  " that dispatches work to the container, and drop it from the loop.")
    else:
        # A poller's query is how it finds work: the code that makes the work can say so instead.
        yield Fix("lazy", f"Do it where the work starts: move the call to the code that creates the work"
                  f" (a request handler, a retry), which wakes {woken} anyway, and drop it from the loop;"
                  " a loop that polls for work can wait for a signal from that code instead (name the"
                  " wait in `blocks-on-idle`).")


def _guard_text(config: Config, receiver: str | None) -> str:
    """How the fix names the activity check: the fix-guard as it reads in a function whose
    first parameter is `receiver` (see wakecheck.guard_template), else the active guards."""
    from wakecheck.guard_template import render

    if config.fix_guard:
        first = render(config.fix_guard, receiver).strip().splitlines()[0]
        return f"the {config.idle_unit} has active work (the configured guard: `{first}`)"
    names = sorted({p.rsplit(".", 1)[-1] for p in config.active_guards.patterns})
    if names:
        return " or ".join(f"`{n}`" for n in names) + " is true"
    return f"the {config.idle_unit} has active work (no `active-guards` are configured to name the check)"


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
