"""A Mermaid flowchart of what the alarm loops reach: project functions only, entries first.

With no entry in the project, every function is drawn. Calls into code outside the
project are left out (they would outnumber the project's own); a function handed to
code the analysis cannot see (which it assumes calls it) is a dotted arrow.
"""

from __future__ import annotations

from wakecheck.graph import CallGraph, EdgeKind


def reach(graph: CallGraph) -> list[str]:
    """Functions reachable from the entries (all of them when there is none), sorted."""
    calls: dict[str, set[str]] = {}
    for edge in graph.edges:
        if edge.kind is not EdgeKind.EXTERNAL:
            calls.setdefault(edge.caller, set()).add(edge.callee)
    if not graph.entries:
        return sorted(n.qualname for n in graph.nodes)
    seen = set(graph.entries)
    todo = sorted(seen)
    while todo:
        for callee in sorted(calls.get(todo.pop(), ())):
            if callee not in seen:
                seen.add(callee)
                todo.append(callee)
    return sorted(seen)


def _label(text: str) -> str:
    return text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def render(graph: CallGraph) -> str:
    shown = reach(graph)
    ids = {name: f"n{i}" for i, name in enumerate(shown)}
    lines = ["flowchart LR"]
    for name in shown:
        shape = ('(["', '"])') if name in graph.entries else ('["', '"]')
        lines.append(f"    {ids[name]}{shape[0]}{_label(name)}{shape[1]}")
    arrows: dict[tuple[str, str], str] = {}
    for e in graph.edges:
        if e.kind is not EdgeKind.EXTERNAL and e.caller in ids and e.callee in ids:
            pair = (ids[e.caller], ids[e.callee])
            # A call draws a line; a function only handed to unseen code, a dotted one.
            arrows[pair] = "-->" if e.kind is EdgeKind.CALL or arrows.get(pair) == "-->" else "-.->"
    for (a, b), arrow in sorted(arrows.items(), key=lambda item: (int(item[0][0][1:]), int(item[0][1][1:]))):
        lines.append(f"    {a} {arrow} {b}")
    return "\n".join(lines) + "\n"
