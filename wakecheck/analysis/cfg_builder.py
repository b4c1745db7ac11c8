"""Builds one function's CFG from LibCST statements, the way Pyright's binder and mypy do.

A cursor names the block being filled (None once control cannot reach the next
statement); `Targets` says where return/raise/break/continue go and is replaced on
entering a loop or `try`. `and`/`or`/`not` in conditions become branches, so
short-circuit meaning lives in the graph's shape. `finally` bodies are lowered once
per way of leaving the `try` (normal, exception, return, break, continue), as
CPython's compiler does, so a `return` in `try` runs `finally` and then returns,
and never falls through into the code after the `try`.

`with` binds what `__enter__` returns (Enter) and runs `__exit__` (Exit) on every way
out of its block, as a `finally` would. `match` cases become tests of the subject: a
class pattern is an `isinstance` test and a test of each attribute it names, a value
pattern a comparison, so that `case Snapshot(busy=True)` is decided like `if s.busy == True`.

What it does not follow: `with` blocks are assumed not to swallow exceptions (except
`contextlib.suppress`); exception edges leave a block from its start and its end, not
between its operations; sequence and mapping patterns, and the values an alternative
(`|`) pattern captures, are not decided (either way is possible).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

import libcst as cst

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.lowering import ExprLowerer, ModuleContext, dotted, resolve_relative
from wakecheck.analysis.scopes import FunctionScope, function_scope
from wakecheck.model import Span

_PROPERTY_DECORATORS = {"property", "cached_property", "functools.cached_property"}


@dataclass(frozen=True, slots=True)
class _Loop:
    brk: int
    cont: int
    depth: int  # how many finally bodies enclose the loop itself


@dataclass(frozen=True, slots=True)
class _Finally:
    body: Sequence[cst.BaseStatement]  # a `finally:` body, lowered again on each way out
    outer: _Targets
    ops: tuple[ir.Op, ...] = ()  # or operations (a `with` block's exits), emitted as they are


@dataclass(frozen=True, slots=True)
class _Targets:
    handler: int | None
    loop: _Loop | None
    finallies: tuple[_Finally, ...]


@dataclass(slots=True)
class _MBlock:
    ops: list[ir.Op]
    term: ir.Terminator | None
    handler: int | None


class FunctionBuilder(ExprLowerer):
    def __init__(self, ctx: ModuleContext, scopes: list[FunctionScope | None], qualname: str) -> None:
        super().__init__(ctx, scopes)
        self.qualname = qualname
        self.blocks: list[_MBlock] = []
        self.targets = _Targets(None, None, ())
        self.cur: int | None = self.new_block()
        self.temps = 0

    # -- cursor and blocks ------------------------------------------------------------
    def new_block(self, handler: int | None | str = "current") -> int:
        self.blocks.append(_MBlock([], None, self.targets.handler if handler == "current" else handler))  # type: ignore[arg-type]
        return len(self.blocks) - 1

    def emit(self, op: ir.Op) -> None:
        if self.cur is not None:
            self.blocks[self.cur].ops.append(op)

    def terminate(self, term: ir.Terminator) -> None:
        if self.cur is not None and self.blocks[self.cur].term is None:
            self.blocks[self.cur].term = term
        self.cur = None

    def goto(self, target: int) -> None:
        self.terminate(ir.Goto(target))

    def temp(self, stem: str) -> str:
        self.temps += 1
        return f"${stem}{self.temps}"

    def finish(self) -> tuple[ir.Block, ...]:
        self.terminate(ir.Return(None))
        out = []
        for i, block in enumerate(self.blocks):
            out.append(ir.Block(i, tuple(block.ops), block.term or ir.Return(None), block.handler))
        return tuple(out)

    # -- conditions -----------------------------------------------------------------
    def cond(self, node: cst.BaseExpression, true: int, false: int) -> None:
        """Branch on `node`, expanding and/or/not into the graph."""
        match node:
            case cst.BooleanOperation(operator=cst.And()):
                mid = self.new_block()
                self.cond(node.left, mid, false)
                self.cur = mid
                self.cond(node.right, true, false)
            case cst.BooleanOperation(operator=cst.Or()):
                mid = self.new_block()
                self.cond(node.left, true, mid)
                self.cur = mid
                self.cond(node.right, true, false)
            case cst.UnaryOperation(operator=cst.Not()):
                self.cond(node.expression, false, true)
            case _:
                line = self.ctx.span(node).line
                self.terminate(ir.Branch(self.expr(node), true, false, self.ctx.code(node)[:80], line))

    # -- statements ---------------------------------------------------------------------
    def body(self, stmts: Sequence[cst.BaseStatement]) -> None:
        for stmt in stmts:
            if self.cur is None:
                return  # dead code after return/raise/break/continue
            self.statement(stmt)

    def suite(self, node: cst.BaseSuite) -> None:
        if isinstance(node, cst.IndentedBlock):
            self.body(node.body)
        else:
            self.body([cst.SimpleStatementLine(body=cast(Sequence[cst.BaseSmallStatement], node.body))])

    def statement(self, stmt: cst.BaseStatement) -> None:  # noqa: C901 - one case per statement kind
        match stmt:
            case cst.SimpleStatementLine():
                for small in stmt.body:
                    if self.cur is None:
                        return
                    self.small(small)
            case cst.If():
                self.if_(stmt)
            case cst.For():
                self.for_(stmt)
            case cst.While():
                self.while_(stmt)
            case cst.Try() | cst.TryStar():
                self.try_(stmt)
            case cst.With():
                self.with_(stmt)
            case cst.Match():
                self.match_(stmt)
            case cst.FunctionDef():
                qualname = self.nested_function(stmt)
                self.emit(ir.Assign((self.target(stmt.name),), self.decorated(ir.FuncRef(qualname), stmt.decorators)))
            case cst.ClassDef():
                # Local classes are rare in alarm code; their name is bound to an unknown value.
                self.emit(ir.Assign((self.target(stmt.name),), ir.Opaque((), f"class {stmt.name.value}")))
            case _:
                pass

    def small(self, small: cst.BaseSmallStatement) -> None:  # noqa: C901
        match small:
            case cst.Expr():
                self.emit(ir.Eval(self.expr(small.value)))
            case cst.Assign() if isinstance(small.value, cst.IfExp):
                self.assign_either(tuple(t.target for t in small.targets), small.value)
            case cst.AnnAssign() if isinstance(small.value, cst.IfExp):
                self.assign_either((small.target,), small.value)
            case cst.Assign():
                targets = tuple(self.target(t.target) for t in small.targets)
                value = self.expr(small.value)
                self.emit(ir.Assign(targets, value))
            case cst.AnnAssign():
                if small.value is not None:
                    self.emit(ir.Assign((self.target(small.target),), self.expr(small.value)))
            case cst.AugAssign():
                op = self.ctx.code(small.operator).rstrip("=")
                self.emit(ir.AugAssign(self.target(small.target), op, self.expr(small.value)))
            case cst.Return():
                self.return_(small.value)
            case cst.Raise():
                if isinstance(small.exc, cst.Call):
                    self.emit(ir.Eval(self.expr(small.exc)))
                elif small.exc is not None:
                    # `raise Error` instantiates the class: its __init__ runs.
                    self.emit(ir.Eval(ir.Raised(self.expr(small.exc), self.ctx.site(), self.ctx.span(small.exc),
                                                self.ctx.code(small.exc)[:120])))
                self.raise_()
            case cst.Break():
                self.jump("break")
            case cst.Continue():
                self.jump("continue")
            case cst.Assert():
                ok, fail = self.new_block(), self.new_block()
                self.cond(small.test, ok, fail)
                self.cur = fail
                if small.msg is not None:
                    self.emit(ir.Eval(self.expr(small.msg)))
                self.raise_()
                self.cur = ok
            case cst.Import():
                for alias in small.names:
                    full = dotted(alias.name) or ""
                    if alias.asname is not None:
                        self.emit(ir.Assign((self.target(alias.asname.name),), ir.ModuleRef(full)))
                    else:
                        head = full.split(".")[0]
                        self.emit(ir.Assign((ir.NameT(head, self.scope_of(head)),), ir.ModuleRef(head)))
            case cst.ImportFrom():
                if isinstance(small.names, cst.ImportStar):
                    return
                base = resolve_relative(self.ctx.name, self.ctx.is_package, len(small.relative),
                                        dotted(small.module) if small.module is not None else None)
                for alias in small.names:
                    member = dotted(alias.name) or ""
                    bound = alias.asname.name if alias.asname is not None else alias.name
                    self.emit(ir.Assign((self.target(bound),),
                                        ir.Attr(ir.ModuleRef(base), member, f"{base}.{member}")))
            case _:
                # pass, del, global, nonlocal: nothing flows.
                pass

    def assign_either(self, targets: tuple[cst.BaseAssignTargetExpression | cst.BaseExpression, ...],
                      value: cst.IfExp) -> None:
        """`x = a if c else b` as the branches it is: what `x` holds after it stays tied to `c`
        (`kind = "equinox" if equinox_due() else "routine"` is "equinox" only where `c` holds)."""
        then, orelse, after = self.new_block(), self.new_block(), self.new_block()
        self.cond(value.test, then, orelse)
        for block, branch in ((then, value.body), (orelse, value.orelse)):
            self.cur = block
            self.emit(ir.Assign(tuple(self.target(t) for t in targets), self.expr(branch)))
            self.goto(after)
        self.cur = after

    def if_(self, node: cst.If) -> None:
        then, after = self.new_block(), self.new_block()
        orelse = self.new_block() if node.orelse is not None else after
        self.cond(node.test, then, orelse)
        self.cur = then
        self.suite(node.body)
        self.goto(after)
        if node.orelse is not None:
            self.cur = orelse
            if isinstance(node.orelse, cst.If):
                self.if_(node.orelse)
            else:
                self.suite(node.orelse.body)
            self.goto(after)
        self.cur = after

    def loop_body(self, suite: cst.BaseSuite, brk: int, cont: int) -> None:
        saved = self.targets
        self.targets = replace(saved, loop=_Loop(brk, cont, len(saved.finallies)))
        self.suite(suite)
        self.targets = saved

    def for_(self, node: cst.For) -> None:
        iterator = self.temp("iter")
        self.emit(ir.Assign((ir.NameT(iterator, ir.Scope.LOCAL),), self.iterable(node.iter)))
        header = self.new_block()
        self.goto(header)
        body, orelse, after = self.new_block(), self.new_block(), self.new_block()
        # The exit edge is the zero-iteration edge as much as the exhausted one.
        self.blocks[header].term = ir.ForIter(iterator, self.target(node.target), body, orelse,
                                              self.ctx.code(node.iter)[:80])
        self.cur = body
        self.loop_body(node.body, after, header)
        self.goto(header)
        self.cur = orelse
        if node.orelse is not None:
            self.suite(node.orelse.body)
        self.goto(after)
        self.cur = after

    def while_(self, node: cst.While) -> None:
        header = self.new_block()
        self.goto(header)
        body, orelse, after = self.new_block(), self.new_block(), self.new_block()
        self.cur = header
        self.cond(node.test, body, orelse)
        self.cur = body
        self.loop_body(node.body, after, header)
        self.goto(header)
        self.cur = orelse
        if node.orelse is not None:
            self.suite(node.orelse.body)
        self.goto(after)
        self.cur = after

    # -- leaving: return / raise / break / continue, through finally bodies -------------
    def run_finallies(self, finallies: Sequence[_Finally]) -> None:
        saved = self.targets
        for fin in reversed(finallies):
            if self.cur is None:
                break
            self.targets = fin.outer
            self.body(fin.body)
            for op in fin.ops:
                self.emit(op)
        self.targets = saved

    def return_(self, value: cst.BaseExpression | None) -> None:
        ret = ir.Return(self.expr(value) if value is not None else None)
        if self.targets.finallies:
            # Keep the value in a temporary while the finally bodies run.
            temp = self.temp("ret")
            self.emit(ir.Assign((ir.NameT(temp, ir.Scope.LOCAL),), ret.value or ir.Const(None)))
            self.run_finallies(self.targets.finallies)
            ret = ir.Return(ir.Name(temp, ir.Scope.LOCAL))
        self.terminate(ret)

    def raise_(self) -> None:
        # The block's handler already points at the nearest except/finally landing.
        self.terminate(ir.Raise(None))

    def jump(self, kind: str) -> None:
        loop = self.targets.loop
        if loop is None:
            self.terminate(ir.Unreachable())
            return
        self.run_finallies(self.targets.finallies[loop.depth:])
        self.goto(loop.brk if kind == "break" else loop.cont)

    # -- try / with / match ---------------------------------------------------------------
    def try_(self, node: cst.Try | cst.TryStar) -> None:
        outer = self.targets
        inner = outer
        fin_exc: int | None = None
        if node.finalbody is not None:
            fin_exc = self.new_block(handler=outer.handler)
            inner = replace(outer, handler=fin_exc,
                            finallies=outer.finallies + (_Finally(_statements(node.finalbody.body), outer),))
        dispatch = self.new_block(handler=inner.handler) if node.handlers else None
        body_targets = replace(inner, handler=dispatch) if dispatch is not None else inner
        # The body starts a fresh block so its exception edge points at the handlers.
        start = self.new_block(handler=body_targets.handler)
        self.goto(start)
        self.cur = start
        self.targets = body_targets
        self.suite(node.body)
        self.targets = inner
        if node.orelse is not None:
            # `else` runs only when the body did not raise; its exceptions skip the handlers.
            if self.cur is not None:
                else_block = self.new_block()
                self.goto(else_block)
                self.cur = else_block
            self.suite(node.orelse.body)
        ends: list[int | None] = [self.cur]
        if dispatch is not None:
            ends.extend(self.handlers(node.handlers, dispatch))
        after = self.new_block(handler=outer.handler)
        for end in ends:
            if end is not None:
                self.cur = end
                self.goto(after)
        self.targets = outer
        self.cur = after if any(end is not None for end in ends) else None
        if node.finalbody is not None and fin_exc is not None:
            self.body(_statements(node.finalbody.body))  # normal completion
            normal_end = self.cur
            self.cur = fin_exc
            self.body(_statements(node.finalbody.body))  # on the way out with an exception
            self.raise_()
            self.cur = normal_end

    def handlers(self, handlers: Sequence[cst.ExceptHandler | cst.ExceptStarHandler],
                 dispatch: int) -> list[int | None]:
        ends: list[int | None] = []
        test = dispatch
        for handler in handlers:
            body = self.new_block()
            catch_all = handler.type is None or (dotted(handler.type) or "") in ("BaseException",)
            self.cur = test
            if catch_all:
                self.goto(body)
                test = -1
            else:
                assert handler.type is not None
                test = self.new_block()
                text = f"except {self.ctx.code(handler.type)}"[:80]
                self.terminate(ir.Branch(self.expr(handler.type), body, test, text,
                                         self.ctx.span(handler).line, ir.CondKind.EXCEPT))
            self.cur = body
            if handler.name is not None:
                self.emit(ir.Assign((self.target(handler.name.name),), ir.Opaque((), "exception")))
            self.suite(handler.body)
            ends.append(self.cur)
            if test == -1:
                break
        if test != -1:
            # No handler matched: the exception goes on outwards.
            self.cur = test
            self.raise_()
        return ends

    def with_(self, node: cst.With) -> None:
        is_async = node.asynchronous is not None
        suppressing = False
        exits: list[ir.Op] = []
        raised: list[ir.Op] = []  # the exits on the way out with an exception
        for item in node.items:
            holder = self.temp("with")
            self.emit(ir.Assign((ir.NameT(holder, ir.Scope.LOCAL),), self.expr(item.item)))
            text = dotted(item.item.func) if isinstance(item.item, cst.Call) else None
            suppressing = suppressing or (text or "").endswith("suppress")
            span, code = self.ctx.span(item.item), self.ctx.code(item.item)[:120]
            entered = ir.Enter(ir.Name(holder, ir.Scope.LOCAL), is_async, self.ctx.site(), span, code)
            if item.asname is not None:
                self.emit(ir.Assign((self.target(item.asname.name),), entered))
            else:
                self.emit(ir.Eval(entered))
            exits.insert(0, ir.Eval(ir.Exit(ir.Name(holder, ir.Scope.LOCAL), is_async, self.ctx.site(), span, code)))
            raised.insert(0, ir.Eval(ir.Exit(ir.Name(holder, ir.Scope.LOCAL), is_async, self.ctx.site(), span, code,
                                             exceptional=True)))
        # The body runs as a `try` whose `finally` is the exits, innermost first.
        outer = self.targets
        after = self.new_block(handler=outer.handler)
        fin_exc = self.new_block(handler=outer.handler)
        inner = replace(outer, handler=fin_exc, finallies=outer.finallies + (_Finally((), outer, tuple(exits)),))
        start = self.new_block(handler=inner.handler)
        self.goto(start)
        self.cur = start
        self.targets = inner
        self.suite(node.body)
        self.targets = outer
        for op in exits:
            self.emit(op)
        self.goto(after)
        # An exception out of the body runs the exits too, then goes on (or, suppressed, stops).
        self.cur = fin_exc
        if len(raised) == 1 and not suppressing and isinstance(raised[0], ir.Eval):
            # One context manager: its `__exit__` returning a true value swallows the exception, and
            # the code after the block runs (`return True` in a catcher's `__exit__`).
            swallowed = self.temp("exit")
            self.emit(ir.Assign((ir.NameT(swallowed, ir.Scope.LOCAL),), raised[0].value))
            reraise = self.new_block(handler=outer.handler)
            line = self.ctx.span(node).line
            self.terminate(ir.Branch(ir.Name(swallowed, ir.Scope.LOCAL), after, reraise,
                                     f"{self.ctx.code(node.items[0].item)[:60]} swallows the exception", line))
            self.cur = reraise
            self.raise_()
        else:
            for op in raised:
                self.emit(op)
            if suppressing:
                self.goto(after)
            else:
                self.raise_()
        self.cur = after

    def match_(self, node: cst.Match) -> None:
        subject = ir.Name(self.temp("match"), ir.Scope.LOCAL)
        self.emit(ir.Assign((ir.NameT(subject.id, ir.Scope.LOCAL),), self.expr(node.subject)))
        after = self.new_block()
        for case in node.cases:
            if self.cur is None:
                break
            body, nxt = self.new_block(), self.new_block()
            line = self.ctx.span(case).line
            self.pattern(case.pattern, subject, body, nxt, f"case {self.ctx.code(case.pattern)}"[:80], line)
            self.cur = body
            self.bind_pattern(case.pattern, subject)
            if case.guard is not None:
                guarded = self.new_block()
                self.cond(case.guard, guarded, nxt)
                self.cur = guarded
            self.suite(case.body)
            self.goto(after)
            self.cur = nxt
        self.goto(after)
        self.cur = after

    def pattern(self, pattern: cst.MatchPattern, subject: ir.Expr, true: int, false: int,
                text: str, line: int) -> None:
        """Branch to `true` when `pattern` matches `subject`, else to `false`."""
        def branch(test: ir.Expr) -> None:
            self.terminate(ir.Branch(test, true, false, text, line, ir.CondKind.MATCH))

        match pattern:
            case cst.MatchAs(pattern=None):
                self.goto(true)  # `_` or a capture: matches anything
            case cst.MatchAs():
                assert pattern.pattern is not None
                self.pattern(pattern.pattern, subject, true, false, text, line)
            case cst.MatchValue():
                branch(ir.Compare(subject, ("==",), (self.expr(pattern.value),)))
            case cst.MatchSingleton():
                branch(ir.Compare(subject, ("is",), (self.expr(pattern.value),)))
            case cst.MatchOr():
                for alternative in pattern.patterns[:-1]:
                    nxt = self.new_block()
                    self.pattern(alternative.pattern, subject, true, nxt, text, line)
                    self.cur = nxt
                self.pattern(pattern.patterns[-1].pattern, subject, true, false, text, line)
            case cst.MatchClass():
                # isinstance(subject, Cls), then each sub-pattern on the attribute it names.
                checks: list[tuple[cst.MatchPattern, ir.Expr]] = []
                for i, positional in enumerate(pattern.patterns):
                    checks.append((positional.value, ir.Attr(subject, f"$match{i}", f"{self.ctx.code(pattern.cls)}[{i}]")))
                for keyword in pattern.kwds:
                    key = keyword.key.value
                    checks.append((keyword.pattern, ir.Attr(subject, key, f"{self.ctx.code(pattern.cls)}.{key}")))
                isinstance_call = ir.Call(ir.Name("isinstance", ir.Scope.GLOBAL),
                                          (ir.Arg(subject), ir.Arg(self.expr(pattern.cls))),
                                          self.ctx.site(), self.ctx.span(pattern), "isinstance")
                self._class_pattern(isinstance_call, checks, true, false, text, line)
            case cst.MatchSequence() if not any(isinstance(e, cst.MatchStar) for e in pattern.patterns):
                # `case (True, _)`: a sequence of that length (either way possible), then each item.
                items: list[tuple[cst.MatchPattern, ir.Expr]] = [
                    (e.value, ir.Subscript(subject, ir.Const(i)))
                    for i, e in enumerate(pattern.patterns) if isinstance(e, cst.MatchSequenceElement)]
                self._class_pattern(ir.Opaque((subject,), f"len({self.ctx.code(pattern)[:60]})"), items,
                                    true, false, text, line)
            case cst.MatchMapping():
                # `case {"kind": "firing", **rest}`: a mapping with those keys (either way possible),
                # then each value's pattern on the item under its key.
                entries: list[tuple[cst.MatchPattern, ir.Expr]] = [
                    (entry.pattern, ir.Subscript(subject, self.expr(entry.key))) for entry in pattern.elements]
                self._class_pattern(ir.Opaque((subject,), f"mapping {self.ctx.code(pattern)[:60]}"), entries,
                                    true, false, text, line)
            case _:
                # Starred sequences: either way is possible.
                branch(ir.Opaque((subject,), self.ctx.code(pattern)[:80]))

    def _class_pattern(self, isinstance_call: ir.Expr, checks: list[tuple[cst.MatchPattern, ir.Expr]],
                       true: int, false: int, text: str, line: int) -> None:
        """`isinstance(subject, Cls)` (or a sequence's shape) and then every sub-pattern on its
        attribute (or item), each a branch."""
        nxt = self.new_block()
        self.terminate(ir.Branch(isinstance_call, nxt, false, text, line, ir.CondKind.MATCH))
        self.cur = nxt
        for sub, attr in checks:
            temp = ir.Name(self.temp("field"), ir.Scope.LOCAL)
            self.emit(ir.Assign((ir.NameT(temp.id, ir.Scope.LOCAL),), attr))
            nxt = self.new_block()
            self.pattern(sub, temp, nxt, false, text, line)
            self.cur = nxt
        self.goto(true)

    def bind_pattern(self, pattern: cst.MatchPattern, subject: ir.Expr) -> None:
        """Bind the names a matched pattern captures to the parts of the subject they stand for."""
        match pattern:
            case cst.MatchAs():
                if pattern.pattern is not None:
                    self.bind_pattern(pattern.pattern, subject)
                if pattern.name is not None:
                    self.emit(ir.Assign((self.target(pattern.name),), subject))
            case cst.MatchClass():
                for i, positional in enumerate(pattern.patterns):
                    self.bind_pattern(positional.value, ir.Attr(subject, f"$match{i}", f"[{i}]"))
                for keyword in pattern.kwds:
                    self.bind_pattern(keyword.pattern, ir.Attr(subject, keyword.key.value, keyword.key.value))
            case cst.MatchSequence():
                for i, element in enumerate(pattern.patterns):
                    if isinstance(element, cst.MatchStar):
                        if element.name is not None:
                            self.emit(ir.Assign((self.target(element.name),), ir.Opaque((), "match capture")))
                    else:
                        self.bind_pattern(element.value, ir.Subscript(subject, ir.Const(i)))
            case cst.MatchMapping():
                for entry in pattern.elements:
                    self.bind_pattern(entry.pattern, ir.Subscript(subject, self.expr(entry.key)))
                if pattern.rest is not None:
                    self.emit(ir.Assign((self.target(pattern.rest),), ir.Opaque((), "match capture")))
            case _:
                for sub in _pattern_names(pattern):
                    self.emit(ir.Assign((ir.NameT(sub, self.scope_of(sub)),), ir.Opaque((), "match capture")))

    # -- nested definitions -----------------------------------------------------------------
    def nested_function(self, node: cst.FunctionDef) -> str:
        qualname = self.ctx.unique(f"{self.qualname}.{node.name.value}")
        scope = function_scope(qualname, node.params, node.body)
        fn = build_function(self.ctx, self.scopes + [scope], qualname, node, None)
        self.ctx.functions.append(fn)
        return qualname


def _pattern_names(pattern: cst.CSTNode) -> list[str]:
    found = _PatternNames()
    pattern.visit(found)
    return found.names


class _PatternNames(cst.CSTVisitor):
    """The names a match pattern binds. At module level: a class made per call would leave a cycle behind."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def visit_MatchAs(self, node: cst.MatchAs) -> None:
        if node.name is not None:
            self.names.append(node.name.value)

    def visit_MatchStar(self, node: cst.MatchStar) -> None:
        if node.name is not None:
            self.names.append(node.name.value)


def _params(builder: ExprLowerer, params: cst.Parameters, annotated: bool = False) -> tuple[ir.Param, ...]:
    # Defaults (and annotations) are evaluated where the def stands, i.e. in the enclosing scope.
    outer = ExprLowerer(builder.ctx, builder.scopes[:-1] or [None])
    out: list[ir.Param] = []

    def add(p: cst.Param, kind: ir.ParamKind) -> None:
        default = outer.expr(p.default) if p.default is not None else None
        annotation = outer.expr(p.annotation.annotation) if annotated and p.annotation is not None else None
        out.append(ir.Param(p.name.value, kind, default, annotation))

    for p in [*params.posonly_params, *params.params]:
        add(p, ir.ParamKind.POSITIONAL)
    if isinstance(params.star_arg, cst.Param):
        add(params.star_arg, ir.ParamKind.VAR_POSITIONAL)
    for p in params.kwonly_params:
        add(p, ir.ParamKind.KEYWORD_ONLY)
    if params.star_kwarg is not None:
        add(params.star_kwarg, ir.ParamKind.VAR_KEYWORD)
    return tuple(out)


_IMPLICIT_CLASSMETHODS = frozenset({"__init_subclass__", "__class_getitem__"})


def _kind(decorators: tuple[str, ...], cls: str | None, name: str = "") -> ir.FuncKind:
    names = {d.split("(")[0] for d in decorators}
    last = {n.rsplit(".", 1)[-1] for n in names}
    if cls is None:
        return ir.FuncKind.FUNCTION
    if name in _IMPLICIT_CLASSMETHODS:
        return ir.FuncKind.CLASSMETHOD  # Python makes them classmethods without the decorator
    if names & _PROPERTY_DECORATORS or "cached_property" in last:
        return ir.FuncKind.PROPERTY
    if "staticmethod" in last:
        return ir.FuncKind.STATICMETHOD
    if "classmethod" in last:
        return ir.FuncKind.CLASSMETHOD
    return ir.FuncKind.METHOD


def build_function(ctx: ModuleContext, scopes: list[FunctionScope | None], qualname: str,
                   node: cst.FunctionDef, cls: str | None) -> ir.FunctionIR:
    builder = FunctionBuilder(ctx, scopes, qualname)
    decorators = tuple(dotted(d.decorator) or ctx.code(d.decorator) for d in node.decorators)
    # A `@f.register` implementation's annotations say which type it is for.
    params = _params(builder, node.params, any(d.split("(")[0].endswith(".register") for d in decorators))
    builder.suite(node.body)
    blocks = builder.finish()
    return ir.FunctionIR(
        qualname=qualname, name=node.name.value, module=ctx.name, kind=_kind(decorators, cls, node.name.value),
        class_qualname=cls, params=params, is_async=node.asynchronous is not None,
        span=ctx.span(node), decorators=decorators, blocks=blocks,
        free_vars=tuple(scopes[-1].free) if scopes[-1] is not None else (),
        is_generator=builder.yields)


def build_lambda(ctx: ModuleContext, scopes: list[FunctionScope | None], qualname: str,
                 node: cst.Lambda, span: Span) -> ir.FunctionIR:
    builder = FunctionBuilder(ctx, scopes, qualname)
    params = _params(builder, node.params)
    builder.terminate(ir.Return(builder.expr(node.body)))
    return ir.FunctionIR(
        qualname=qualname, name="<lambda>", module=ctx.name, kind=ir.FuncKind.LAMBDA,
        class_qualname=None, params=params, is_async=False, span=span, decorators=(),
        blocks=builder.finish(), free_vars=tuple(scopes[-1].free) if scopes[-1] is not None else (),
        is_generator=builder.yields)


def _statements(suite: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
    """The statements of a suite; a one-line suite (`finally: x`) becomes one statement line."""
    if isinstance(suite, cst.IndentedBlock):
        return suite.body
    return [cst.SimpleStatementLine(body=cast(Sequence[cst.BaseSmallStatement], suite.body))]
