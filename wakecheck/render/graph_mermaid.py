"""A Mermaid flowchart of what the alarm loops reach: project functions only, entries first.

With no entry in the project, every function is drawn. Calls into code outside the
project are left out (they would outnumber the project's own).
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
    pairs = sorted({(ids[e.caller], ids[e.callee]) for e in graph.edges
                    if e.kind is not EdgeKind.EXTERNAL and e.caller in ids and e.callee in ids},
                   key=lambda p: (int(p[0][1:]), int(p[1][1:])))
    lines.extend(f"    {a} --> {b}" for a, b in pairs)
    return "\n".join(lines) + "\n"
