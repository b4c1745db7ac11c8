"""The call graph wakecheck's analysis resolves: every function and module body, their calls.

The check analyses what the alarm loops reach; the graph asks the same interpreter
about the rest of the project too (like `entry = ["*"]`, with each module's top-level
code as `<module>`), so that calls no alarm loop reaches are in it as well. A call is
resolved in every context the interpreter analyses its function in: the entries and
module bodies first, then, as roots with unknown arguments, the functions nothing
analysed so far calls (a function with callers is analysed in its callers' contexts,
where its arguments are known, and only there).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wakecheck._speedups.frames import roomy
from wakecheck.config import Config
from wakecheck.discovery import discover
from wakecheck.entries import entries_in
from wakecheck.loading import Lowering, read_files
from wakecheck.model import FileError, Span, internal_error
from wakecheck.parsing import stack_room

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir
    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.interp import Interpreter


@dataclass(frozen=True, slots=True)
class Node:
    """A function, method, lambda or module body of the project."""

    qualname: str  # `<module>` bodies as `pkg.mod.<module>`
    path: str
    line: int
    kind: str  # "module" | "function" | "method" | "lambda" | ...


class EdgeKind(enum.Enum):
    CALL = "call"  # a call of a project function
    HANDED = "handed"  # a project function passed to code the analysis cannot see, which may call it
    EXTERNAL = "external"  # a call of something outside the project


@dataclass(frozen=True, slots=True)
class Edge:
    caller: str
    callee: str  # a project function's qualname, or an external dotted name (`builtins.len`)
    kind: EdgeKind
    line: int  # the call site's line in the caller's file (0: a property read)
    column: int


@dataclass(frozen=True, slots=True)
class Unresolved:
    caller: str
    text: str  # the callee as written
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class CallGraph:
    nodes: tuple[Node, ...]  # sorted by qualname
    edges: tuple[Edge, ...]  # sorted by caller, line, column, callee
    unresolved: tuple[Unresolved, ...]  # sites where no callee was found in any context
    entries: tuple[str, ...]  # the alarm-loop entries (the configured patterns) found
    errors: tuple[FileError, ...]


@dataclass(slots=True)
class _Recorder:
    """The interpreter's CallObserver: collects edges and unresolved sites."""

    edges: set[Edge] = field(default_factory=set)
    missed: set[Unresolved] = field(default_factory=set)
    called: set[str] = field(default_factory=set)  # project functions some analysed context runs

    def resolved(self, caller: ir.FunctionIR, span: Span | None, callee: str, *, handed: bool) -> None:
        line, column = (span.line, span.column) if span is not None else (0, 0)
        self.edges.add(Edge(caller.qualname, callee, EdgeKind.HANDED if handed else EdgeKind.CALL, line, column))
        self.called.add(callee)

    def external(self, caller: ir.FunctionIR, span: Span, name: str) -> None:
        self.edges.add(Edge(caller.qualname, name, EdgeKind.EXTERNAL, span.line, span.column))

    def unresolved(self, caller: ir.FunctionIR, span: Span, text: str) -> None:
        self.missed.add(Unresolved(caller.qualname, text, span.line, span.column))


def build(paths: Sequence[str], config: Config, cwd: Path | None = None, contain_bugs: bool = True) -> CallGraph:
    """The call graph of the project under `paths` (never imports or runs any of it).

    With `contain_bugs`, an unexpected exception met in one file or function (a bug in
    wakecheck) becomes that file's error line and the graph goes on without it.
    """
    cwd = cwd or Path.cwd()
    found = discover(list(paths) or ["."], config.exclude, config.root, cwd)
    read = read_files(found.files)
    errors: list[FileError] = [*found.errors, *read.errors,
                               *(config.wrangler.errors if config.wrangler is not None else ())]
    texts = read.texts
    if not texts.raw:
        return CallGraph((), (), (), (), tuple(sorted(set(errors), key=FileError.sort_key)))

    from wakecheck.analysis.index import FileList, ProjectIndex
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.engine import with_containers_in_code

    # Each module with its top-level code as the `<module>` function.
    lowering = Lowering(texts, texts.packages(), None, contain_bugs)
    index = ProjectIndex(FileList(texts.displays(), texts.bytes_of), lowering.load)
    config = with_containers_in_code(config, index)
    with stack_room():
        interp = Interpreter(index, config)
        recorder = _Recorder()
        interp.calls = recorder
        entries = roomy(_analyse, sorted(texts.raw), index, interp, config, recorder.called, errors, contain_bugs)
    errors.extend(index.errors)
    return _graph(index, recorder, entries, errors)


def _analyse(modules: list[str], index: ProjectIndex, interp: Interpreter, config: Config,
             called: set[str], errors: list[FileError], contain_bugs: bool) -> tuple[str, ...]:
    """Run the interpreter from the entries and module bodies, then from each function nothing called."""
    from wakecheck.analysis import cfg as ir
    from wakecheck.analysis.module_body import BODY, body_qualname
    from wakecheck.analysis.values import ClassRef, Inst, Value

    def analyze(module: ir.ModuleIR, fn: ir.FunctionIR, bound: Value | None) -> None:
        # One root that cannot be analysed costs its own edges, not the graph.
        line, column = (fn.span.line, fn.span.column) if fn.name != BODY else (1, 1)
        try:
            interp.analyze(fn, bound, [], [], ())
        except RecursionError:
            errors.append(FileError(module.path, max(line, 1), max(column, 1),
                                    f"cannot analyse `{fn.qualname}`: its calls nest too deep"))
        except Exception as exc:
            if not contain_bugs:
                raise
            errors.append(internal_error(module.path, line, column, f"`{fn.qualname}`", exc))

    loaded = [m for m in (index.module(name) for name in modules) if m is not None]
    entries: list[str] = []
    for module in loaded:
        for entry in entries_in(module, index, interp, config):
            entries.append(entry.name)
            analyze(module, entry.function,
                    Inst(entry.bound_class, exact=False) if entry.bound_class is not None else None)
    for module in loaded:
        body = index.function(body_qualname(module.name))
        if body is not None:
            analyze(module, body, None)
    for module in loaded:
        for fn in module.functions:
            if fn.qualname in called:
                continue
            bound: Value | None = None
            if fn.class_qualname is not None:
                match fn.kind:
                    case ir.FuncKind.METHOD | ir.FuncKind.PROPERTY:
                        bound = Inst(fn.class_qualname, exact=False)
                    case ir.FuncKind.CLASSMETHOD:
                        bound = ClassRef(fn.class_qualname)
                    case _:
                        bound = None  # static methods take no bound first argument
            analyze(module, fn, bound)
    return tuple(sorted(set(entries)))


def _graph(index: ProjectIndex, recorder: _Recorder, entries: tuple[str, ...],
           errors: list[FileError]) -> CallGraph:
    from wakecheck.analysis.module_body import BODY

    nodes: list[Node] = []
    for module in index.loaded():
        for fn in module.functions:
            kind = "module" if fn.name == BODY else fn.kind.value
            line = 1 if fn.name == BODY else fn.span.line
            nodes.append(Node(fn.qualname, module.path, line, kind))
    known = {n.qualname for n in nodes}
    edges = sorted((e for e in recorder.edges if e.kind is EdgeKind.EXTERNAL or e.callee in known),
                   key=lambda e: (e.caller, e.line, e.column, e.callee))
    # A site counts as unresolved only if no context resolved it.
    resolved_sites = {(e.caller, e.line, e.column) for e in edges}
    unresolved = sorted((u for u in recorder.missed if (u.caller, u.line, u.column) not in resolved_sites),
                        key=lambda u: (u.caller, u.line, u.column, u.text))
    return CallGraph(tuple(sorted(nodes, key=lambda n: n.qualname)), tuple(edges), tuple(unresolved),
                     entries, tuple(sorted(set(errors), key=FileError.sort_key)))
