"""What a lowered expression names, through imports: a library's dotted name, a project function, a constant.

Recognising a periodic idiom asks what a decorator or a call *is* (`discord.ext.tasks.loop`,
`apscheduler.schedulers.asyncio.AsyncIOScheduler.add_job`), never what it is called
where it is used: `from discord.ext import tasks as t` and `@t.loop` name the same thing,
and a project function called `loop` is not it. This is a small resolver over module
bindings, a function's own single assignments and a class's attributes; it runs no
code and records no long-lived state, so it can run before any analysis.

What it does not follow: a name assigned more than once in a function, a value passed
in as a parameter (it names nothing), attributes stored from outside the class, and
anything deeper than a few steps of aliasing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.index import ProjectIndex
from wakecheck.model import Span

_DEPTH = 16  # steps of a chain (`schedule.every().minute.at(...).do`) and of aliasing
_TIMEDELTA = ("datetime.timedelta", "timedelta")
_TIMEDELTA_KEYWORDS = {"weeks": 604800.0, "days": 86400.0, "hours": 3600.0, "minutes": 60.0, "seconds": 1.0,
                       "milliseconds": 0.001, "microseconds": 0.000001}
_TIMEDELTA_POSITIONAL = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")


@dataclass(frozen=True, slots=True)
class Where:
    """A function's context for resolving its names: the function, and the class its `self` is of."""

    fn: ir.FunctionIR

    @property
    def module(self) -> str:
        return self.fn.module


class Naming:
    """Resolves expressions of one project (see the module's docstring)."""

    def __init__(self, index: ProjectIndex, mro: object) -> None:
        self.index = index
        self._mro = mro  # the evaluator ProjectIndex.mro asks to evaluate base classes
        self._locals: dict[str, dict[str, ir.Expr | None]] = {}

    # -- dotted names ---------------------------------------------------------------------------
    def name_of(self, expr: ir.Expr, fn: ir.FunctionIR, depth: int = 0) -> str | None:
        """The dotted name `expr` is known by: `asyncio.sleep`, `pkg.jobs.poll`, a library class for
        an instance of it (as the analysis names a library object's methods by its class)."""
        if depth > _DEPTH:
            return None
        match expr:
            case ir.Name(scope=ir.Scope.GLOBAL):
                return self.global_name(fn.module, expr.id, depth + 1)
            case ir.Name(scope=ir.Scope.LOCAL) if fn.name == "<module>":
                return self.global_name(fn.module, expr.id, depth + 1)
            case ir.Name(scope=ir.Scope.LOCAL):
                value = self.local_value(fn, expr.id)
                return None if value is None else self.name_of(value, fn, depth + 1)
            case ir.Attr():
                if self.is_self(expr.base, fn):
                    return self.self_attr_name(fn, expr.attr, depth + 1)
                base = self.name_of(expr.base, fn, depth + 1)
                if base is None:
                    return None
                # A project class's method, or a name a project module binds: the definition itself.
                found = self._project_member(base, expr.attr, depth + 1)
                return found if found is not None else f"{base}.{expr.attr}"
            case ir.Call():
                return self.name_of(expr.func, fn, depth + 1)
            case ir.ModuleRef():
                return self.index.resolve_module(expr.name) or expr.name
            case ir.Decorate():
                return self.name_of(expr.value, fn, depth + 1)
            case ir.FuncRef():
                return expr.qualname
            case _:
                return None

    def global_name(self, module: str, name: str, depth: int = 0) -> str | None:
        if depth > _DEPTH:
            return None
        bindings = self.index.bindings(module, name)
        if not bindings:
            return None if self.index.module(module) is None else f"{module}.{name}"
        binding = bindings[-1]
        match binding.kind:
            case ir.BindingKind.IMPORT_MODULE:
                return self.index.resolve_module(binding.target) or binding.target
            case ir.BindingKind.IMPORT_FROM:
                member = binding.member or ""
                resolved = self.index.resolve_module(binding.target)
                if resolved is None:
                    return f"{binding.target}.{member}"
                sub = self.index.resolve_module(f"{resolved}.{member}")
                if sub is not None and not self.index.bindings(resolved, member):
                    return sub
                return self.global_name(resolved, member, depth + 1) or f"{resolved}.{member}"
            case ir.BindingKind.FUNCTION | ir.BindingKind.CLASS:
                return binding.target
            case ir.BindingKind.ASSIGN:
                if binding.value is None:
                    return None
                return self.name_of(binding.value, module_fn(module), depth + 1)
            case _:
                return None

    def _project_member(self, base: str, attr: str, depth: int) -> str | None:
        module = self.index.resolve_module(base) if "." not in base or self.index.cls(base) is None else None
        if module is not None and self.index.module(module) is not None:
            return self.global_name(module, attr, depth)
        if self.index.cls(base) is not None:
            for klass in self.index.mro(base, self._mro):  # type: ignore[arg-type]
                method = self.index.member(klass, attr)[0]
                if method is not None:
                    return method
        return None

    def is_self(self, expr: ir.Expr, fn: ir.FunctionIR) -> bool:
        return (isinstance(expr, ir.Name) and expr.scope is ir.Scope.LOCAL and fn.class_qualname is not None
                and bool(fn.params) and fn.params[0].name == expr.id and fn.kind is not ir.FuncKind.STATICMETHOD)

    def self_attr_name(self, fn: ir.FunctionIR, attr: str, depth: int) -> str | None:
        """`self.attr` in a method: the method of that name, or what the class stores there."""
        value = self.self_attr(fn, attr)
        if isinstance(value, str):
            return value
        if value is None:
            return None
        expr, where = value
        return self.name_of(expr, where, depth)

    def self_attr(self, fn: ir.FunctionIR, attr: str) -> str | tuple[ir.Expr, ir.FunctionIR] | None:
        """A method's qualname, or the one expression stored as `self.attr` (with where it is evaluated)."""
        cls = fn.class_qualname
        if cls is None:
            return None
        for klass in self.index.mro(cls, self._mro):  # type: ignore[arg-type]
            method, attrs, stores = self.index.member(klass, attr)
            if method is not None:
                return method
            info = self.index.cls(klass)
            if attrs and info is not None:
                return attrs[-1], module_fn(info.module)
            if len(stores) == 1:
                store_fn = self.index.function(stores[0][0])
                if store_fn is not None:
                    return stores[0][1], store_fn
        return None

    def local_value(self, fn: ir.FunctionIR, name: str) -> ir.Expr | None:
        """The one value a local is assigned in `fn`, if it is assigned exactly once."""
        table = self._locals.get(fn.qualname)
        if table is None:
            table = self._locals[fn.qualname] = {}
            for block in fn.blocks:
                for op in block.ops:
                    if isinstance(op, ir.Assign):
                        for target in op.targets:
                            if isinstance(target, ir.NameT) and target.scope is ir.Scope.LOCAL:
                                table[target.id] = op.value if target.id not in table else None
                    elif isinstance(op, ir.AugAssign) and isinstance(op.target, ir.NameT):
                        table[op.target.id] = None
        return table.get(name)

    # -- functions ------------------------------------------------------------------------------
    def function_of(self, expr: ir.Expr, fn: ir.FunctionIR) -> ir.FunctionIR | None:
        """The project function a value is: `poll`, `self.poll`, `jobs.poll`, `poll.s()`, `partial(poll, …)`,
        or a task named by its dotted string."""
        match expr:
            case ir.Const(value=str() as text):
                return self.index.function(text)
            case ir.Call(func=ir.Attr(attr="s" | "si" | "signature" | "delay" | "apply_async") as method):
                return self.function_of(method.base, fn)
            case ir.Call() if self.name_of(expr.func, fn) in ("functools.partial", "partial") and expr.args:
                return self.function_of(expr.args[0].value, fn)
            case ir.Call() if self.name_of(expr.func, fn) in ("celery.signature", "celery.canvas.signature") \
                    and expr.args:
                return self.function_of(expr.args[0].value, fn)
            case _:
                name = self.name_of(expr, fn)
                return self.index.function(name) if name is not None else None

    # -- numbers --------------------------------------------------------------------------------
    def number(self, expr: ir.Expr, fn: ir.FunctionIR, depth: int = 0) -> float | None:
        """A number of seconds (or any constant number) the expression always is, or None."""
        if depth > _DEPTH:
            return None
        match expr:
            case ir.Const(value=bool()):
                return None
            case ir.Const(value=int() | float() as value):
                return float(value)
            case ir.UnaryOp(op="-"):
                inner = self.number(expr.operand, fn, depth + 1)
                return None if inner is None else -inner
            case ir.BinOp(op="+" | "-" | "*" | "/" | "//"):
                a, b = self.number(expr.left, fn, depth + 1), self.number(expr.right, fn, depth + 1)
                if a is None or b is None or (expr.op in ("/", "//") and b == 0):
                    return None
                return {"+": a + b, "-": a - b, "*": a * b, "/": a / b, "//": float(a // b)}[expr.op]
            case ir.Call(func=ir.Attr(attr="total_seconds") as method):
                return self.timedelta(method.base, fn, depth + 1)
            case ir.Call():
                return self.timedelta(expr, fn, depth + 1)
            case _:
                held = self.constant_expr(expr, fn)
                return None if held is None else self.number(held[0], held[1], depth + 1)

    def timedelta(self, expr: ir.Expr, fn: ir.FunctionIR, depth: int = 0) -> float | None:
        """`timedelta(minutes=5)` in seconds."""
        if not isinstance(expr, ir.Call):
            held = self.constant_expr(expr, fn)
            return None if held is None or depth > _DEPTH else self.timedelta(held[0], held[1], depth + 1)
        if self.name_of(expr.func, fn) not in _TIMEDELTA:
            return None
        return self.keyword_seconds(expr.args, fn, _TIMEDELTA_POSITIONAL, depth)

    def keyword_seconds(self, args: Sequence[ir.Arg], fn: ir.FunctionIR, positional: Sequence[str] = (),
                        depth: int = 0) -> float | None:
        """`weeks=, days=, hours=, minutes=, seconds=` (and positional ones in `positional`'s order), summed."""
        total = 0.0
        for number, arg in enumerate(args):
            if arg.star:
                return None
            key = arg.keyword if arg.keyword is not None else (
                positional[number] if number < len(positional) else None)
            if key not in _TIMEDELTA_KEYWORDS:
                continue
            value = self.number(arg.value, fn, depth + 1)
            if value is None:
                return None
            total += value * _TIMEDELTA_KEYWORDS[key]
        return total if total > 0 else None

    def constant_expr(self, expr: ir.Expr, fn: ir.FunctionIR) -> tuple[ir.Expr, ir.FunctionIR] | None:
        """The expression a module-level constant, a class attribute or a single local assignment holds."""
        match expr:
            case ir.Name(scope=ir.Scope.GLOBAL) | ir.Name(scope=ir.Scope.LOCAL) if (
                    expr.scope is ir.Scope.GLOBAL or fn.name == "<module>"):
                return self._global_expr(fn.module, expr.id, 0)
            case ir.Name(scope=ir.Scope.LOCAL):
                value = self.local_value(fn, expr.id)
                return None if value is None else (value, fn)
            case ir.Attr() if self.is_self(expr.base, fn) or (
                    isinstance(expr.base, ir.Name) and expr.base.id == "cls" and fn.class_qualname is not None):
                found = self.self_attr(fn, expr.attr)
                return found if isinstance(found, tuple) else None
            case ir.Attr():
                base = self.name_of(expr.base, fn)
                if base is None:
                    return None
                module = self.index.resolve_module(base)
                if module is not None and self.index.module(module) is not None:
                    return self._global_expr(module, expr.attr, 0)
                info = self.index.cls(base)
                if info is not None:
                    attrs = self.index.member(base, expr.attr)[1]
                    return (attrs[-1], module_fn(info.module)) if attrs else None
                return None
            case _:
                return None

    def _global_expr(self, module: str, name: str, depth: int) -> tuple[ir.Expr, ir.FunctionIR] | None:
        bindings = self.index.bindings(module, name)
        if len(bindings) != 1 or depth > _DEPTH:
            return None
        binding = bindings[0]
        if binding.kind is ir.BindingKind.ASSIGN and binding.value is not None:
            return binding.value, module_fn(module)
        if binding.kind is ir.BindingKind.IMPORT_FROM:
            resolved = self.index.resolve_module(binding.target)
            if resolved is not None:
                return self._global_expr(resolved, binding.member or "", depth + 1)
        return None

    def text(self, expr: ir.Expr, fn: ir.FunctionIR) -> str | None:
        """A string the expression always is (a literal, or a constant it names)."""
        if isinstance(expr, ir.Const):
            return expr.value if isinstance(expr.value, str) else None
        found = self.constant_expr(expr, fn)
        return found[0].value if found is not None and isinstance(found[0], ir.Const) \
            and isinstance(found[0].value, str) else None


def arg(call: ir.Call, position: int | None, *keywords: str) -> ir.Expr | None:
    """A call's argument by position or keyword, or None."""
    for a in call.args:
        if a.keyword is not None and a.keyword in keywords and not a.star:
            return a.value
    if position is None:
        return None
    positional = [a for a in call.args if a.keyword is None and not a.star]
    return positional[position].value if position < len(positional) else None


@functools.cache  # one per module, as the interpreter keeps its own
def module_fn(module: str) -> ir.FunctionIR:
    """A stand-in for a module's top-level code, to resolve module-level expressions in."""
    return ir.FunctionIR(f"{module}.<module>", "<module>", module, ir.FuncKind.FUNCTION, None, (), False,
                         Span(0, 0, 0, 0), (), (), ())
