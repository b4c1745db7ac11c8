"""The call graph in PyCG's JSON format: every function to the sorted list of what it calls.

PyCG names module-level code by the module (`main`), functions and methods by their
dotted path (`main.Class.method`), lambdas by their order in the enclosing scope
(`main.<lambda1>`), and builtins as `<builtin>.len`. wakecheck's own names map onto
these: `main.<module>` → `main`, `main.<lambda:7>` → `main.<lambda1>`, and the `#2`
that tells a redefinition apart is dropped (PyCG merges redefinitions).
"""

from __future__ import annotations

import json
import re

from wakecheck.graph import CallGraph, EdgeKind

_LAMBDA = re.compile(r"<lambda:(\d+)>(?:#(\d+))?\Z")
_REDEFINED = re.compile(r"#\d+\Z")


def names(graph: CallGraph) -> dict[str, str]:
    """wakecheck qualname → PyCG name, for every node."""
    order: dict[str, list[tuple[int, int, str]]] = {}
    for node in graph.nodes:
        parent, _, last = node.qualname.rpartition(".")
        m = _LAMBDA.match(last)
        if m:
            order.setdefault(parent, []).append((int(m.group(1)), int(m.group(2) or 1), node.qualname))
    lambda_rank: dict[str, int] = {}
    for lambdas in order.values():
        for n, (_, _, qualname) in enumerate(sorted(lambdas), start=1):
            lambda_rank[qualname] = n
    out: dict[str, str] = {}

    def name(qualname: str) -> str:
        if qualname in out:
            return out[qualname]
        parent, _, last = qualname.rpartition(".")
        if last == "<module>":
            shown = parent
        else:
            head = name(parent) if parent else ""
            if qualname in lambda_rank:
                last = f"<lambda{lambda_rank[qualname]}>"
            shown = f"{head}.{_REDEFINED.sub('', last)}" if head else _REDEFINED.sub("", last)
        out[qualname] = shown
        return shown

    for node in graph.nodes:
        name(node.qualname)
    return out


def external_name(name: str) -> str:
    return f"<builtin>.{name.removeprefix('builtins.')}" if name.startswith("builtins.") else name


def as_dict(graph: CallGraph) -> dict[str, list[str]]:
    shown = names(graph)
    calls: dict[str, set[str]] = {shown[n.qualname]: set() for n in graph.nodes}
    for edge in graph.edges:
        if edge.kind is EdgeKind.HANDED:
            continue  # not a call the caller makes (PyCG's graph has calls only)
        external = edge.kind is EdgeKind.EXTERNAL
        callee = external_name(edge.callee) if external else shown.get(edge.callee, edge.callee)
        calls.setdefault(shown.get(edge.caller, edge.caller), set()).add(callee)
        calls.setdefault(callee, set())
    return {caller: sorted(callees) for caller, callees in sorted(calls.items())}


def render(graph: CallGraph) -> str:
    return json.dumps(as_dict(graph), indent=2, ensure_ascii=False) + "\n"
