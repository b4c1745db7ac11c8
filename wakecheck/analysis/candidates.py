"""What `wakecheck init` proposes from an analysis: functions returning handles, the library models
at work, and candidate guards.

A *candidate* is a project predicate or collection that a path to a container call tests
on the way: the conditions each frame of a sink's chain is gated on (`if has_rigs:`),
followed back through the locals they test (`has_rigs = len(rig_list) > 0`, `rig_list =
rigs.list_rigs(sql)`) to the calls and attribute reads they come from, and the collections
the call is looped over. A collection is what is looped over, sized, or counted to zero; a
predicate called with a time read from the clock (`is_expiring(token, now)`) is a rare
candidate, any other an active-guard candidate. Only what resolves to the project's own
code is proposed: a function, a property, a field or a module global, named by the pattern
the configuration would match it with. Whether it holds on an idle tenant is the user's to
confirm.

What it does not follow: a local assigned by unpacking or in another function (a
parameter tested in a callee is followed no further than the parameter), an `is None`
test (a guard's False is not None), and arithmetic (`now - last < interval` is a
throttle, which the audit reads by itself).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.flow import State
from wakecheck.analysis.reach import GHOST, LIVE, NEGATED, Hit, Reach, Summary, gate_name
from wakecheck.analysis.values import Clock, Const, Func, Handle, Inst, ModuleVal, Tup, Value, alternatives
from wakecheck.model import ChainFrame

if TYPE_CHECKING:
    from wakecheck.analysis.interp import Interpreter


class Kind(Enum):
    PREDICATE = "predicate"  # a candidate active guard
    RARE = "rare"  # a candidate rare predicate: one asked about the time (`expiring(token, now)`)
    COLLECTION = "collection"  # a candidate empty-on-idle collection or count


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pattern the configuration may take, and the place it was found."""

    pattern: str
    kind: Kind
    path: str
    line: int
    sink: str  # a container call it is on the way to, as written
    sink_path: str
    sink_line: int


@dataclass(frozen=True, slots=True)
class Factory:
    """A project function that returns a handle on a resource."""

    pattern: str
    qualname: str
    path: str
    line: int
    source: str  # where its handles come from: a Wrangler binding (`TOWN_CONTAINER`), a pattern, a library call
    resource: str = ""  # the key of the resource the handles wake ("" the container)
    model: str = ""  # the built-in library model that knows them ("": a configured factory or a stub)


# Builtins that read their argument as a collection; other builtins are never candidates.
_SIZED = frozenset({"len", "any", "all", "bool", "sum", "list", "tuple", "set", "sorted", "max", "min"})
_DEPTH = 3  # locals followed back from a condition to what they hold


def factories(interp: Interpreter) -> list[Factory]:
    """Project functions some analysed context saw return a handle, innermost only:
    a function that returns what another one in the list made is left out."""
    found: dict[str, Handle] = {}
    for summary in list(interp.summaries.values()):
        if not isinstance(summary, Summary):
            continue
        fn = interp.index.function(summary.qualname)
        if fn is None or fn.kind is ir.FuncKind.LAMBDA or "<" in fn.qualname:
            continue
        for alt in alternatives(summary.ret):
            if isinstance(alt, Handle):
                found.setdefault(fn.qualname, alt)
    by_name = {qualname.rpartition(".")[2]: qualname for qualname in found}
    kinds = interp.wakes.catalogue.kinds
    out = []
    for qualname, handle in sorted(found.items()):
        fn = interp.index.function(qualname)
        assert fn is not None
        if any(by_name.get(name, qualname) != qualname for name in _called(fn)):
            continue  # a wrapper of another factory: the inner one is the resource
        model = kinds[handle.kind].model if handle.kind in kinds else ""
        out.append(Factory(_pattern(qualname, fn.class_qualname), qualname, interp.index.path_of(fn.module),
                           fn.span.line, handle.factory, handle.resource, model))
    return out


def library_calls(interp: Interpreter) -> dict[str, tuple[str, ...]]:
    """Each built-in library model the analysis met at work → the calls of its library it met that make
    objects (`asyncpg.create_pool`), else all those it met (`redis.Redis.incr`), sorted."""
    kinds = interp.wakes.catalogue.kinds
    making: dict[str, set[str]] = {}
    met: dict[str, set[str]] = {}
    for found in list(interp.met.values()):
        lib = found.lib
        if lib is None:
            continue
        kind = lib.factory.kind if lib.factory else lib.call.kind if lib.call else lib.kind
        if kind not in kinds:
            continue  # a statement builder (`text(...)`): it belongs to no object
        model = kinds[kind].model
        met.setdefault(model, set()).add(lib.name)
        if lib.factory:
            making.setdefault(model, set()).add(lib.name)
    return {model: tuple(sorted(making.get(model) or names)) for model, names in sorted(met.items())}


def _called(fn: ir.FunctionIR) -> Iterator[str]:
    """The last names of what `fn` calls directly, as written: enough to tell a wrapper."""
    for block in fn.blocks:
        for expr in _block_exprs(block):
            for call in _calls_in(expr):
                yield call.text.rpartition(".")[2]


@dataclass(frozen=True, slots=True)
class Route:
    """One way to a container call: the chain of calls and, per frame, the conditions it passes."""

    sink: str  # as written
    path: str
    line: int
    chain: tuple[ChainFrame, ...]
    gates: tuple[frozenset[str], ...]  # per frame, the conditions' texts (`!` for one passed False)
    resource: str = ""  # the key of the resource the call wakes ("" the container)


def routes(hits: Iterable[Hit]) -> Iterator[Route]:
    """The routes of the hits real tracks reach (a path the idle model rules out tests nothing)."""
    for hit in hits:
        if hit.reach.level != GHOST:
            yield Route(hit.sink, hit.path, hit.span.line, hit.chain, hit.gates, hit.resource)


def candidates(found_routes: Iterable[Route], interp: Interpreter) -> list[Candidate]:
    """The predicates and collections tested on the way to each container call, once each (where first
    found), by place."""
    finder = _Finder(interp)
    found: dict[tuple[str, Kind], Candidate] = {}
    for route in sorted(set(found_routes), key=lambda r: (r.path, r.line, [(f.function, f.line) for f in r.chain])):
        for candidate in finder.along(route):
            key = (candidate.pattern, candidate.kind)
            if key not in found or (candidate.path, candidate.line) < (found[key].path, found[key].line):
                found[key] = candidate
    # Proposed once: a collection or a rare predicate somewhere is not also an active guard elsewhere.
    other = {pattern for pattern, kind in found if kind is not Kind.PREDICATE}
    return sorted((c for (pattern, kind), c in found.items() if kind is not Kind.PREDICATE or pattern not in other),
                  key=lambda c: (c.path, c.line, c.pattern))


class _Finder:
    def __init__(self, interp: Interpreter) -> None:
        self.interp = interp
        self.index = interp.index
        self.scratch = Summary("<init>")  # what evaluating a callee finds is not this analysis's

    def along(self, route: Route) -> Iterator[Candidate]:
        for frame, gates in zip(route.chain, route.gates):
            fn = self.index.function(frame.function)
            if fn is None:
                continue
            path = self.index.path_of(fn.module)
            assigned = _assignments(fn)
            for line, kind, expr in self.tested(fn, gates, frame, assigned):
                if kind is Kind.PREDICATE and isinstance(expr, ir.Call) and self.clocked(expr, fn, assigned):
                    kind = Kind.RARE
                for pattern in self.resolve(expr, fn):
                    yield Candidate(pattern, kind, path, line or frame.line, route.sink, route.path, route.line)

    def tested(self, fn: ir.FunctionIR, gates: frozenset[str], frame: ChainFrame,
               assigned: dict[str, list[ir.Expr]]) -> Iterator[tuple[int, Kind, ir.Expr]]:
        """(line, context, expression) of what `fn` tests on the way to the frame's call."""
        wanted = {gate.removeprefix(NEGATED) for gate in gates}
        for block in fn.blocks:
            term = block.term
            if isinstance(term, ir.Branch) and term.kind is ir.CondKind.PLAIN and gate_name(term.text) in wanted:
                for kind, expr in _tested(term.cond, Kind.PREDICATE, assigned, 0):
                    yield term.line, kind, expr
            for expr in _block_exprs(block):
                for test, line in _if_tests(expr):
                    if test[1] in wanted or gate_name(test[1]) in wanted:
                        for kind, found in _tested(test[0], Kind.PREDICATE, assigned, 0):
                            yield line, kind, found
        for iterable, line in _loops_around(fn, frame.line):
            for kind, expr in _tested(iterable, Kind.COLLECTION, assigned, 0):
                yield line, kind, expr

    def resolve(self, expr: ir.Expr, fn: ir.FunctionIR) -> Iterator[str]:
        """The pattern naming what `expr` reads, if it is the project's own."""
        st = State(Reach(LIVE), self._env(fn))
        closure = self._closure(fn)
        match expr:
            case ir.Call():
                callee, _, _ = self.interp.calling.callee(expr.func, st, fn, self.scratch, closure)
                for alt in alternatives(callee):
                    if isinstance(alt, Func):
                        target = self.index.function(alt.qualname)
                        if target is not None and target.kind is not ir.FuncKind.LAMBDA and "<" not in alt.qualname:
                            yield _pattern(alt.qualname, target.class_qualname)
            case ir.Attr():
                base = self.interp.eval(expr.base, st, fn, self.scratch, closure)
                for alt in alternatives(base):
                    found = self._attribute(alt, expr.attr)
                    if found is not None:
                        yield found
            case ir.Name(scope=ir.Scope.GLOBAL) if self._is_global_value(fn.module, expr.id):
                yield f"*.{fn.module.rpartition('.')[2]}.{expr.id}"
            case _:
                pass

    def clocked(self, call: ir.Call, fn: ir.FunctionIR, assigned: dict[str, list[ir.Expr]]) -> bool:
        """Whether one of the call's arguments is a time read from the clock (here, or in a local)."""
        st = State(Reach(LIVE), self._env(fn))
        closure = self._closure(fn)
        for arg in call.args:
            values = assigned.get(arg.value.id, []) if isinstance(arg.value, ir.Name) else [arg.value]
            for value in values:
                if any(isinstance(alt, Clock)
                       for alt in alternatives(self.interp.eval(value, st, fn, self.scratch, closure))):
                    return True
        return False

    def _attribute(self, base: Value, attr: str) -> str | None:
        """`*.Class.attr` for a property or field of a project object, `*.module.NAME` for a global."""
        match base:
            case Inst():
                for klass in self.index.mro(base.cls, self.interp):
                    method, values, stores = self.index.member(klass, attr)
                    target = self.index.function(method) if method is not None else None
                    if target is not None:
                        # A method read without a call is a bound method, never the guard.
                        return _pattern(target.qualname, klass) if target.kind is ir.FuncKind.PROPERTY else None
                    if values or stores:
                        return f"*.{klass.rpartition('.')[2]}.{attr}"
                return None
            case ModuleVal() if self._is_global_value(base.name, attr):
                return f"*.{base.name.rpartition('.')[2]}.{attr}"
            case _:
                return None

    def _is_global_value(self, module: str, name: str) -> bool:
        """Whether `module.name` is a global the code assigns, and not a constant (`("a", "b")` is never
        empty, and no idle tick changes it)."""
        if not any(b.kind is ir.BindingKind.ASSIGN for b in self.index.bindings(module, name)):
            return False
        value = self.interp.global_value(module, name)
        return not all(isinstance(alt, Const) or (isinstance(alt, Tup) and alt.items) for alt in alternatives(value))

    def _env(self, fn: ir.FunctionIR) -> dict[str, Value]:
        """`self` as the method sees it; every other local is unknown here."""
        if fn.class_qualname is not None and fn.params and fn.kind in (ir.FuncKind.METHOD, ir.FuncKind.PROPERTY):
            return {fn.params[0].name: Inst(fn.class_qualname, exact=False)}
        return {}

    def _closure(self, fn: ir.FunctionIR) -> dict[str, Value]:
        """A nested function's `self`: the enclosing method's."""
        if "self" not in fn.free_vars:
            return {}
        qualname = fn.qualname
        while "." in qualname:
            qualname = qualname.rpartition(".")[0]
            outer = self.index.function(qualname)
            if outer is not None and outer.class_qualname is not None:
                return {"self": Inst(outer.class_qualname, exact=False)}
        return {}


def _pattern(qualname: str, class_qualname: str | None) -> str:
    """`*.Class.method` for a method, `*.function` for a module's function."""
    name = qualname.rpartition(".")[2]
    if class_qualname is not None:
        return f"*.{class_qualname.rpartition('.')[2]}.{name}"
    return f"*.{name}"


def _tested(expr: ir.Expr, kind: Kind, assigned: dict[str, list[ir.Expr]], depth: int
            ) -> Iterator[tuple[Kind, ir.Expr]]:
    """The calls, attribute reads and globals a condition tests, with whether as a collection."""
    match expr:
        case ir.Call(func=ir.Name(id=builtin, scope=ir.Scope.GLOBAL)) if builtin in _SIZED:
            for arg in expr.args:
                yield from _tested(arg.value, Kind.COLLECTION, assigned, depth)
        case ir.Call(func=ir.Name(scope=ir.Scope.GLOBAL) as name) if name.id in _BUILTINS:
            return  # isinstance, callable, hasattr …: not a fact of the idle model
        case ir.Call() | ir.Attr():
            yield kind, expr
        case ir.Name(scope=ir.Scope.LOCAL) if depth < _DEPTH:
            for value in assigned.get(expr.id, ()):
                yield from _tested(value, kind, assigned, depth + 1)
        case ir.Name(scope=ir.Scope.GLOBAL):
            yield kind, expr
        case ir.UnaryOp(op="not"):
            yield from _tested(expr.operand, kind, assigned, depth)
        case ir.BoolOp():
            yield from _tested(expr.left, kind, assigned, depth)
            yield from _tested(expr.right, kind, assigned, depth)
        case ir.IfExp():
            yield from _tested(expr.body, kind, assigned, depth)
            yield from _tested(expr.orelse, kind, assigned, depth)
        case ir.NamedExpr():
            yield from _tested(expr.value, kind, assigned, depth)
        case ir.Compare() if len(expr.ops) == 1:
            # `count == 0`, `len(rows) > 0`: a count, tested for zero. Other comparisons (`is None`,
            # `now - last < interval`) are not what an idle fact decides.
            left, right = expr.left, expr.comparators[0]
            if _is_zero(right):
                yield from _tested(left, Kind.COLLECTION, assigned, depth)
            elif _is_zero(left):
                yield from _tested(right, Kind.COLLECTION, assigned, depth)
            elif expr.ops[0] in ("in", "not in"):
                yield from _tested(right, Kind.COLLECTION, assigned, depth)
        case _:
            pass


_BUILTINS = frozenset(dir(builtins))


def _is_zero(expr: ir.Expr) -> bool:
    return isinstance(expr, ir.Const) and type(expr.value) is int and expr.value == 0


def _assignments(fn: ir.FunctionIR) -> dict[str, list[ir.Expr]]:
    """Each local's assigned values in `fn` (every assignment, wherever it stands)."""
    found: dict[str, list[ir.Expr]] = {}
    for block in fn.blocks:
        for op in block.ops:
            if isinstance(op, ir.Assign):
                for target in op.targets:
                    if isinstance(target, ir.NameT):
                        found.setdefault(target.id, []).append(op.value)
    return found


def _block_exprs(block: ir.Block) -> Iterator[ir.Expr]:
    for op in block.ops:
        yield op.value
    match block.term:
        case ir.Branch(cond=cond):
            yield cond
        case ir.Return(value=value) if value is not None:
            yield value
        case _:
            pass


def _children(expr: ir.Expr) -> Iterator[ir.Expr]:
    """The expressions directly inside `expr`."""
    match expr:
        case ir.Attr() | ir.Subscript():
            yield expr.base
            if isinstance(expr, ir.Subscript):
                yield expr.index
        case ir.Call():
            yield expr.func
            yield from (arg.value for arg in expr.args)
        case ir.BinOp() | ir.BoolOp():
            yield expr.left
            yield expr.right
        case ir.UnaryOp():
            yield expr.operand
        case ir.Compare():
            yield expr.left
            yield from expr.comparators
        case ir.IfExp():
            yield from (expr.test, expr.body, expr.orelse)
        case ir.SeqLit():
            yield from expr.items
        case ir.DictLit():
            yield from (k for k in expr.keys if k is not None)
            yield from expr.values
        case ir.Starred() | ir.NamedExpr() | ir.Yield() | ir.Iter() | ir.Raised():
            if expr.value is not None:
                yield expr.value
        case ir.Comp():
            for gen in expr.generators:
                yield gen.iter
                yield from gen.ifs
            yield expr.elt
            if expr.value is not None:
                yield expr.value
        case ir.FString() | ir.Opaque():
            yield from expr.parts
        case _:
            pass


def _walk(expr: ir.Expr) -> Iterator[ir.Expr]:
    yield expr
    for child in _children(expr):
        yield from _walk(child)


def _calls_in(expr: ir.Expr) -> Iterator[ir.Call]:
    return (e for e in _walk(expr) if isinstance(e, ir.Call))


def _if_tests(expr: ir.Expr) -> Iterator[tuple[tuple[ir.Expr, str], int]]:
    """The tests of conditional expressions and comprehension filters inside `expr`, with a line."""
    for e in _walk(expr):
        if isinstance(e, ir.IfExp):
            yield (e.test, e.test_text), _line_of(e)
        elif isinstance(e, ir.Comp):
            for gen in e.generators:
                for test, text in zip(gen.ifs, gen.if_texts):
                    yield (test, text), _line_of(gen.iter)


def _line_of(expr: ir.Expr) -> int:
    """The line of the first call in `expr` (the IR keeps lines on calls only), else 0."""
    return next((call.span.line for call in _calls_in(expr)), 0)


def _loops_around(fn: ir.FunctionIR, line: int) -> Iterator[tuple[ir.Expr, int]]:
    """The iterables of the `for` loops and comprehensions whose body holds a call on `line`."""
    blocks = {block.id: block for block in fn.blocks}
    iterables = {target.id: op.value for block in fn.blocks for op in block.ops if isinstance(op, ir.Assign)
                 for target in op.targets if isinstance(target, ir.NameT)}
    for block in fn.blocks:
        term = block.term
        if not isinstance(term, ir.ForIter):
            continue
        body = _reach(blocks, term.body, block.id) - _reach(blocks, term.exit, block.id)
        if any(call.span.line == line for b in body for expr in _block_exprs(blocks[b]) for call in _calls_in(expr)):
            source = iterables.get(term.iterator)
            if isinstance(source, ir.Iter):
                yield source.value, source.span.line
    for block in fn.blocks:
        for expr in _block_exprs(block):
            for comp in (e for e in _walk(expr) if isinstance(e, ir.Comp)):
                if any(call.span.line == line for call in _calls_in(comp.elt)):
                    for gen in comp.generators:
                        yield gen.iter, _line_of(gen.iter) or line


def _reach(blocks: dict[int, ir.Block], start: int, stop: int) -> set[int]:
    """Blocks reachable from `start` without passing through `stop`."""
    seen: set[int] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        if current == stop or current in seen or current not in blocks:
            continue
        seen.add(current)
        block = blocks[current]
        match block.term:
            case ir.Goto(target=target):
                todo.append(target)
            case ir.Branch(true=true, false=false):
                todo.extend((true, false))
            case ir.ForIter(body=body, exit=exit_):
                todo.extend((body, exit_))
            case _:
                pass
        if block.handler is not None:
            todo.append(block.handler)
    return seen
