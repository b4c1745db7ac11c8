"""A module's top-level code as one more function, `<module>`.

It is what runs at import time: decorators that register functions, containers filled at
top level, objects built there. The facts search runs it as a writer of the globals it
fills, and `wakecheck graph` as a root of the call graph. Module-level names
are locals of `<module>` (flow-sensitive there); functions still read them as globals,
joined over every binding. `def` and `class` statements bind the names the module
lowering already defined; their decorators are called with the function, and class
bodies run in place, so their calls belong to the module, as at run time.

A name a module-level class's body bound before is read from the class (`desk =
Holder(client)` after `client = Client()`). What it does not follow: such names in the
body of a class nested in another; `global` statements at module level.
"""

from __future__ import annotations

import dataclasses

from collections.abc import Sequence

import libcst as cst

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.positions import Positions
from wakecheck.analysis.cfg_builder import FunctionBuilder
from wakecheck.analysis.lowering import ModuleContext, class_scoped
from wakecheck.analysis.scopes import function_scope, target_names
from wakecheck.model import Span

BODY = "<module>"


def body_qualname(module: str) -> str:
    return f"{module}.{BODY}"


class _BodyBuilder(FunctionBuilder):
    """Lowers top-level statements; definitions become bindings of the already-lowered functions."""

    def __init__(self, ctx: ModuleContext, module: cst.Module, known: set[str]) -> None:
        # Module-level names are the body's locals; the scope is named after the module so
        # that a lambda gets the name the module lowering gave it (`m.<lambda:3>`).
        super().__init__(ctx, [function_scope(ctx.name, None, module)], body_qualname(ctx.name))
        self.known = known
        self.prefixes: list[str] = [ctx.name]
        self.bound: list[set[str]] = []  # per class being lowered: the names its body bound so far
        self.seen: dict[str, int] = {}

    def statement(self, stmt: cst.BaseStatement) -> None:
        match stmt:
            case cst.FunctionDef():
                self.note_bound(stmt.name.value)
                qualname = self.qualname_of(stmt.name)
                if len(self.prefixes) == 1 and qualname in self.known:
                    # Decorated here, in order: `a = dec1; a = dec2; @a def f` is dec2's.
                    self.emit(ir.Assign((self.target(stmt.name),),
                                        self.decorated(ir.FuncRef(qualname), stmt.decorators)))
                else:
                    self.decorate(stmt.decorators, qualname)
            case cst.ClassDef():
                qualname = self.qualname_of(stmt.name)
                for base in stmt.bases:
                    self.emit(ir.Eval(self.expr(base.value)))
                self.note_bound(stmt.name.value)
                self.prefixes.append(qualname)
                self.bound.append(set())
                self.suite(stmt.body)
                self.bound.pop()
                self.prefixes.pop()
                self.decorate(stmt.decorators, qualname)
                self.bind_definition(stmt.name)
            case cst.SimpleStatementLine() if len(self.prefixes) > 1:
                # A class body: its assignments bind class attributes (the module lowering
                # has them), so only the values are evaluated here, for their calls.
                for small in stmt.body:
                    match small:
                        case cst.Assign() | cst.AnnAssign() | cst.AugAssign() if small.value is not None:
                            self.emit(ir.Eval(self.in_class(self.expr(small.value))))
                            targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) \
                                else [small.target]
                            for target in targets:
                                for name in target_names(target):
                                    self.note_bound(name)
                        case cst.Expr():
                            self.emit(ir.Eval(self.in_class(self.expr(small.value))))
                        case _:
                            pass
            case _:
                super().statement(stmt)

    def note_bound(self, name: str) -> None:
        if self.bound:
            self.bound[-1].add(name)

    def in_class(self, expr: ir.Expr) -> ir.Expr:
        """`expr` in a module-level class's body: the names the body bound before are the class's."""
        if len(self.prefixes) != 2 or not self.bound[-1]:
            return expr
        owner = ir.Name(self.prefixes[1].rsplit(".", 1)[-1], ir.Scope.GLOBAL)
        return class_scoped(expr, owner, frozenset(self.bound[-1]))

    def qualname_of(self, name: cst.Name) -> str:
        """The name the module lowering gave this definition (`m.f#2` for a second `def f`)."""
        qualname = f"{self.prefixes[-1]}.{name.value}"
        self.seen[qualname] = self.seen.get(qualname, 0) + 1
        return qualname if self.seen[qualname] == 1 else f"{qualname}#{self.seen[qualname]}"

    def bind_definition(self, name: cst.Name) -> None:
        """At module level, `def f`/`class C` binds the local f to what the module's f is."""
        if len(self.prefixes) == 1:
            self.emit(ir.Assign((self.target(name),), ir.Name(name.value, ir.Scope.GLOBAL)))

    def decorate(self, decorators: Sequence[cst.Decorator], qualname: str) -> None:
        """`@dec` above a method or class calls `dec(definition)` where the definition stands."""
        target = (ir.FuncRef(qualname) if qualname in self.known
                  else ir.Name(qualname.rsplit(".", 1)[-1], ir.Scope.GLOBAL))
        decorated = self.decorated(target, decorators)
        if isinstance(decorated, ir.Decorate):
            self.emit(ir.Eval(decorated))


def build_body(module: cst.Module, base: ir.ModuleIR, positions: Positions) -> ir.ModuleIR:
    """`base` with a `<module>` function added (and any lambda only the body defines)."""
    ctx = ModuleContext(name=base.name, path=base.path, is_package=base.is_package, positions=positions)
    ctx.next_site = _SITE_OFFSET  # call sites stay unique within the module
    known = {fn.qualname for fn in base.functions}
    builder = _BodyBuilder(ctx, module, known)
    builder.body(module.body)
    body = ir.FunctionIR(
        qualname=body_qualname(base.name), name=BODY, module=base.name, kind=ir.FuncKind.FUNCTION,
        class_qualname=None, params=(), is_async=False, span=Span(1, 1, 1, 1), decorators=(),
        blocks=builder.finish(), free_vars=())
    # Lambdas the module lowering also made are the same functions under the same names.
    extra = tuple(fn for fn in ctx.functions if fn.qualname not in known)
    return dataclasses.replace(base, functions=(*base.functions, body, *extra))


_SITE_OFFSET = 1 << 30

