"""wakecheck's own call-graph JSON: functions with their call sites, and the calls left unresolved."""

from __future__ import annotations

import json

from wakecheck.graph import CallGraph


def render(graph: CallGraph) -> str:
    calls: dict[str, list[dict[str, object]]] = {n.qualname: [] for n in graph.nodes}
    for edge in graph.edges:
        calls.setdefault(edge.caller, []).append(
            {"callee": edge.callee, "kind": edge.kind.value, "line": edge.line, "column": edge.column})
    unresolved: dict[str, list[dict[str, object]]] = {}
    for miss in graph.unresolved:
        unresolved.setdefault(miss.caller, []).append({"call": miss.text, "line": miss.line, "column": miss.column})
    document = {
        "entries": list(graph.entries),
        "functions": [{"function": n.qualname, "kind": n.kind, "path": n.path, "line": n.line,
                       "calls": calls.get(n.qualname, []), "unresolved": unresolved.get(n.qualname, [])}
                      for n in graph.nodes],
        "errors": [{"path": e.path, "line": e.line, "column": e.column, "message": e.message}
                   for e in graph.errors],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
