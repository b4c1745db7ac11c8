"""`wakecheck explain FILE:LINE` as text: each waking call on the line, then each way to it, frame by frame.

The words are the container's and the alarm loop's when the container is all the loops
reach (as they were before there were other resources), else those of what they reach.
"""

from __future__ import annotations

from wakecheck.explain_site import LineCall, LineExplanation, Way
from wakecheck.findings import short_name
from wakecheck.model import Verdict
from wakecheck.resources import either


def render(found: LineExplanation) -> str:
    where = f"{found.path}:{found.line}"
    out: list[str] = []
    container = found.container
    loop = "an alarm loop" if container else "a periodic loop"
    if not found.entries:
        entry = "alarm-loop" if container else "periodic"
        return f"{where}: no {entry} entry was found, so no idle tick reaches this line\n"
    for call in found.calls:
        out += _call(call, loop, several_entries=len({w.entry for w in call.ways}) > 1)
    waking = "container call" if container else f"call that wakes {either([n for _, n in found.resources])}"
    if not found.calls:
        if found.leads_to:
            out.append(f"{where}: no {waking} on this line; the call here leads to "
                       f"{len(found.leads_to)} (explain their lines for every way there):")
            out += [f"  {_call_head(c)}" for c in found.leads_to]
        else:
            out.append(f"{where}: no {loop.removeprefix('an ').removeprefix('a ')} reaches a {waking} on this "
                       "line, not even on the paths the idle model cuts off")
    for lost in found.lost:
        out.append(f"{found.path}:{lost.span.line}:{lost.span.column}: lost track of `{lost.call}()` here "
                   f"({lost.how}; {lost.rule}): a {waking} behind it would go unseen")
    return "\n".join(out) + "\n"


def _call(call: LineCall, loop: str, several_entries: bool) -> list[str]:
    counts = {v: sum(1 for w in call.ways if w.sink.verdict is v) for v in Verdict}
    where = f"the code before {loop}" if all(w.once for w in call.ways) else f"{loop}'s body"
    shown = ", ".join(f"{counts[v]} {v.value}" for v in (Verdict.YES, Verdict.RARELY, Verdict.NO) if counts[v])
    lines = [_call_head(call),
             f"  {len(call.ways)} way{'s' if len(call.ways) != 1 else ''} there, "
             f"{'each ' if len(call.ways) != 1 else ''}through one call in {where}: {shown}"]
    for number, way in enumerate(call.ways, 1):
        lines += _way(number, way, several_entries)
    return lines


def _call_head(call: LineCall) -> str:
    what = "" if call.sink.rsplit(".", 1)[-1] == call.wake else f" ({call.wake})"
    wakes = f" wakes {call.resource_name}" if call.resource else ""
    return f"{call.path}:{call.span.line}:{call.span.column}: `{call.sink}`{what}{wakes} — {_verdict_words(call)}"


def _verdict_words(call: LineCall) -> str:
    code = f" ({call.rule})" if call.rule else ""
    if call.verdict is not Verdict.NO and all(w.once for w in call.ways):
        return "once per start: only the code before the loop reaches it, never a tick"
    match call.verdict:
        case Verdict.YES:
            return f"YES: an idle tick reaches it{code}"
        case Verdict.RARELY:
            reasons = sorted({w.sink.reason for w in call.ways if w.sink.verdict is Verdict.RARELY})
            return f"RARELY: an idle tick reaches it, but rarely ({'; '.join(reasons)}){code}"
        case _:  # NO: the idle model cuts every path off
            return "NO: no idle tick reaches it, every path there is cut off"


def _way(number: int, way: Way, several_entries: bool) -> list[str]:
    sink = way.sink
    start = f"from {short_name(way.entry)} " if several_entries else ""
    once = ", once per start (before the loop), not on a tick" if way.once else ""
    lines = [f"  {number}. {start}through `{way.through}()` at {way.at.path}:{way.at.line}: "
             f"{sink.verdict.value} — {sink.reason}{once}"]
    names = [short_name(frame.function) for frame in sink.chain]
    places = [f"{frame.path}:{frame.line}" for frame in sink.chain]
    name_width, place_width = max(map(len, names)), max(map(len, places))
    for name, place, gates in zip(names, places, sink.gates):
        passes = f"  passes {', '.join(gates)}" if gates else ""
        lines.append(f"       {name:<{name_width}}  {place:<{place_width}}{passes}".rstrip())
    if sink.verdict is Verdict.NO:
        for facts in way.stops:
            lines.append(f"     a path this way is cut off — {', and '.join(facts)}")
    else:
        let = sorted({g for gates in sink.gates for g in gates})
        lines.append(f"     let through by: {', '.join(let) if let else 'nothing: no condition on the way'}")
    return lines
