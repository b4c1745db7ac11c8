"""LibCST module → ModuleIR: module-level bindings, classes, and every function lowered to a CFG."""

from __future__ import annotations

import ast
import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import libcst as cst

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.positions import Positions
from wakecheck.analysis.scopes import FunctionScope, function_scope, target_names
from wakecheck.model import Span


_BIN_OPS: dict[type[cst.CSTNode], str] = {
    cst.Add: "+", cst.Subtract: "-", cst.Multiply: "*", cst.Divide: "/",
    cst.FloorDivide: "//", cst.Modulo: "%", cst.Power: "**", cst.MatrixMultiply: "@",
    cst.LeftShift: "<<", cst.RightShift: ">>", cst.BitOr: "|", cst.BitAnd: "&", cst.BitXor: "^",
}
_CMP_OPS: dict[type[cst.CSTNode], str] = {
    cst.Equal: "==", cst.NotEqual: "!=", cst.LessThan: "<", cst.LessThanEqual: "<=",
    cst.GreaterThan: ">", cst.GreaterThanEqual: ">=", cst.In: "in", cst.NotIn: "not in",
    cst.Is: "is", cst.IsNot: "is not",
}
_UNARY_OPS: dict[type[cst.CSTNode], str] = {
    cst.Not: "not", cst.Minus: "-", cst.Plus: "+", cst.BitInvert: "~",
}


def dotted(node: cst.BaseExpression) -> str | None:
    """`a.b.c` for a Name/Attribute chain, else None."""
    parts: list[str] = []
    while type(node) is cst.Attribute:  # not isinstance: a failed check against LibCST's ABCs is slow
        parts.append(node.attr.value)
        node = node.value
    if type(node) is not cst.Name:
        return None
    parts.append(node.value)
    return ".".join(reversed(parts))


@functools.lru_cache(maxsize=1024)
def _number(text: str) -> int | float | complex:
    """A number literal's value (the same few, `0` and `1`, come again and again)."""
    value: int | float | complex = _literal(text)
    return value


def _literal(text: str) -> Any:
    """A literal's value, read by Python's parser: `ast.literal_eval` without its reference cycles.

    `literal_eval` leaves its nested functions in a cycle on every call, which only the
    cyclic collector frees; a lowering that makes none can run with the collector off
    (see engine._collector_paused). The text is one literal token, so its tree is one constant.
    """
    body = ast.parse(text, mode="eval").body
    if type(body) is not ast.Constant:
        raise ValueError(f"not a literal: {text!r}")
    return body.value


def _string(node: cst.BaseString) -> str | bytes | None:
    """A string literal's value, as `evaluated_value` gives it: None for an f-string or str + bytes.

    A literal with nothing escaped in it (nearly all) is its text between the quotes;
    the rest are read by Python's parser (`_literal`).
    """
    match node:
        case cst.SimpleString():
            text = node.value
            start = len(text) - len(text.lstrip("bBrRuU"))  # past the prefix
            quotes = 3 if text.startswith(text[start] * 3, start) and len(text) - start >= 6 else 1
            body = text[start + quotes:len(text) - quotes]
            if "\\" in body or "\r" in body or "b" in text[:start].lower():
                value: str | bytes = _literal(text)
                return value
            return body
        case cst.ConcatenatedString():
            left, right = _string(node.left), _string(node.right)
            if left is None or right is None or type(left) is not type(right):
                return None
            return left + right  # type: ignore[operator]
        case _:
            return None  # an f-string: no value without running it


def resolve_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute module a `from ...x import` names, from the importing module's name."""
    if level == 0:
        return name or ""
    package = module if is_package else module.rpartition(".")[0]
    for _ in range(level - 1):
        package = package.rpartition(".")[0]
    if name:
        return f"{package}.{name}" if package else name
    return package


@dataclass(slots=True)
class ModuleContext:
    """What every function builder of one module shares: positions, ids, and the results."""

    name: str
    path: str
    is_package: bool
    positions: Positions
    functions: list[ir.FunctionIR] = field(default_factory=list)
    classes: list[ir.ClassIR] = field(default_factory=list)
    next_site: int = 0
    used_qualnames: set[str] = field(default_factory=set)
    # Equal leaves of the lowered form are one object (a module names `self` thousands of
    # times): on Django, a third fewer objects for a process to rebuild when it reads a
    # lowered module from the cache or from another process, and to keep in memory.
    _names: dict[tuple[str, ir.Scope], ir.Name] = field(default_factory=dict)
    _targets: dict[tuple[str, ir.Scope], ir.NameT] = field(default_factory=dict)
    _consts: dict[tuple[type, object], ir.Const] = field(default_factory=dict)
    # Keyed by the id of the part they hold, which the kept object keeps alive.
    _attrs: dict[tuple[int, str, str], ir.Attr] = field(default_factory=dict)
    _args: dict[tuple[int, str | None, int], ir.Arg] = field(default_factory=dict)

    def span(self, node: cst.CSTNode) -> Span:
        found = self.positions.lines_and_columns(node)
        if found is None:
            return Span(0, 0, 0, 0)
        # LibCST columns are 0-based; everything past this boundary is 1-based.
        line, column, end_line, end_column = found
        return Span(line, column + 1, end_line, end_column + 1)

    def name_node(self, ident: str, scope: ir.Scope) -> ir.Name:
        found = self._names.get((ident, scope))
        if found is None:
            found = self._names[ident, scope] = ir.Name(ident, scope)
        return found

    def target_node(self, ident: str, scope: ir.Scope) -> ir.NameT:
        found = self._targets.get((ident, scope))
        if found is None:
            found = self._targets[ident, scope] = ir.NameT(ident, scope)
        return found

    def const_node(self, value: object) -> ir.Const:
        # By type too: 1, 1.0 and True are equal, and one must not stand for another.
        found = self._consts.get((type(value), value))
        if found is None:
            found = self._consts[type(value), value] = ir.Const(value)
        return found

    def attr_node(self, base: ir.Expr, attr: str, text: str) -> ir.Attr:
        found = self._attrs.get((id(base), attr, text))
        if found is None:
            found = self._attrs[id(base), attr, text] = ir.Attr(base, attr, text)
        return found

    def arg_node(self, value: ir.Expr, keyword: str | None, star: int) -> ir.Arg:
        found = self._args.get((id(value), keyword, star))
        if found is None:
            found = self._args[id(value), keyword, star] = ir.Arg(value, keyword, star)
        return found

    def code(self, node: cst.CSTNode) -> str:
        """Source text of a node on one line (short texts: conditions, callees, decorators).

        Cut from the module's code that the positions generated, not generated again.
        """
        return " ".join(self.positions.code(node).split())

    def site(self) -> int:
        self.next_site += 1
        return self.next_site

    def unique(self, qualname: str) -> str:
        candidate, n = qualname, 1
        while candidate in self.used_qualnames:
            n += 1
            candidate = f"{qualname}#{n}"
        self.used_qualnames.add(candidate)
        return candidate


class ExprLowerer:
    """Lowers expressions; knows the scope stack so each Name gets LOCAL, FREE or GLOBAL."""

    def __init__(self, ctx: ModuleContext, scopes: list[FunctionScope | None]) -> None:
        # `scopes` innermost last; None stands for the module (every name global).
        self.ctx = ctx
        self.scopes = scopes
        self.yields = False  # the code lowered here has a `yield`: a generator function's body

    # -- names ---------------------------------------------------------------
    def scope_of(self, name: str) -> ir.Scope:
        current = self.scopes[-1]
        if current is None or name in current.globals:
            return ir.Scope.GLOBAL
        if name in current.locals:
            return ir.Scope.LOCAL
        # Walk outwards through enclosing functions; every function in between
        # must capture the name too, so its closures can hand it down.
        for depth in range(len(self.scopes) - 2, -1, -1):
            outer = self.scopes[depth]
            if outer is None:
                break
            if name in outer.locals:
                for inner in self.scopes[depth + 1:]:
                    if inner is not None:
                        inner.add_free(name)
                return ir.Scope.FREE
        return ir.Scope.GLOBAL

    def name(self, ident: str) -> ir.Expr:
        scope = self.scope_of(ident)
        if scope is ir.Scope.GLOBAL and ident in ("True", "False", "None"):
            return self.ctx.const_node({"True": True, "False": False, "None": None}[ident])
        return self.ctx.name_node(ident, scope)

    # -- expressions -----------------------------------------------------------
    def expr(self, node: cst.BaseExpression) -> ir.Expr:  # noqa: C901 - one case per node kind
        # The commonest kinds by exact type: each case of the match below that fails costs
        # an isinstance through ABCMeta (every LibCST class has it for metaclass).
        if type(node) is cst.Name:
            return self.name(node.value)
        if type(node) is cst.Attribute:
            return self.ctx.attr_node(self.expr(node.value), node.attr.value,
                                      dotted(node) or f"{self.ctx.code(node.value)}.{node.attr.value}")
        if type(node) is cst.Call:
            return self.call(node)
        match node:
            case cst.Integer() | cst.Float() | cst.Imaginary():
                return self.ctx.const_node(_number(node.value))
            case cst.SimpleString() | cst.ConcatenatedString():
                text = _string(node)
                return self.ctx.const_node(text) if text is not None else self.opaque(node, [])
            case cst.FormattedString():
                return self.fstring(node)
            case cst.Ellipsis():
                return self.ctx.const_node(...)
            case cst.Await():
                return self.expr(node.expression)
            case cst.BinaryOperation():
                return ir.BinOp(_BIN_OPS.get(type(node.operator), "?"),
                                self.expr(node.left), self.expr(node.right))
            case cst.UnaryOperation():
                return ir.UnaryOp(_UNARY_OPS.get(type(node.operator), "?"), self.expr(node.expression))
            case cst.BooleanOperation():
                op = "and" if isinstance(node.operator, cst.And) else "or"
                return ir.BoolOp(op, self.expr(node.left), self.expr(node.right))
            case cst.Comparison():
                return ir.Compare(self.expr(node.left),
                                  tuple(_CMP_OPS.get(type(t.operator), "?") for t in node.comparisons),
                                  tuple(self.expr(t.comparator) for t in node.comparisons))
            case cst.IfExp():
                return ir.IfExp(self.expr(node.test), self.expr(node.body), self.expr(node.orelse),
                                self.ctx.code(node.test))
            case cst.Lambda():
                return ir.FuncRef(self.lambda_(node))
            case cst.List() | cst.Tuple() | cst.Set():
                kind = {cst.List: "list", cst.Tuple: "tuple", cst.Set: "set"}[type(node)]
                return ir.SeqLit(kind, tuple(self.element(e) for e in node.elements))
            case cst.Dict():
                keys: list[ir.Expr | None] = []
                values: list[ir.Expr] = []
                for element in node.elements:
                    if isinstance(element, cst.DictElement):
                        keys.append(self.expr(element.key))
                        values.append(self.expr(element.value))
                    else:
                        keys.append(None)
                        values.append(self.expr(element.value))
                return ir.DictLit(tuple(keys), tuple(values))
            case cst.Subscript():
                first = node.slice[0].slice if node.slice else None
                if isinstance(first, cst.Slice) and len(node.slice) == 1:
                    bounds = [b for b in (first.lower, first.upper, first.step) if b is not None]
                    return ir.Subscript(self.expr(node.value), self.opaque(first, bounds), sliced=True)
                index = (self.expr(first.value) if isinstance(first, cst.Index)
                         else self.opaque(node, []))
                return ir.Subscript(self.expr(node.value), index)
            case cst.NamedExpr():
                names = target_names(node.target)
                assigned = self.expr(node.value)
                return ir.NamedExpr(names[0], assigned) if names else assigned
            case cst.ListComp() | cst.SetComp() | cst.GeneratorExp() | cst.DictComp() if self.scopes[-1] is None:
                # At module level a comprehension's variables are its own, not globals (Python 3).
                bound: set[str] = set()
                clause: cst.CompFor | None = node.for_in
                while clause is not None:
                    bound.update(target_names(clause.target))
                    clause = clause.inner_for_in
                self.scopes.append(FunctionScope("<comprehension>", locals=bound))
                try:
                    return self.expr(node)
                finally:
                    self.scopes.pop()
            case cst.ListComp() | cst.SetComp() | cst.GeneratorExp():
                kind = {cst.ListComp: "list", cst.SetComp: "set", cst.GeneratorExp: "gen"}[type(node)]
                return ir.Comp(kind, self.generators(node.for_in), self.expr(node.elt))
            case cst.DictComp():
                return ir.Comp("dict", self.generators(node.for_in), self.expr(node.key),
                               self.expr(node.value))
            case cst.Yield():
                self.yields = True
                if isinstance(node.value, cst.From):
                    return ir.Yield(self.expr(node.value.item), delegate=True)
                return ir.Yield(self.expr(node.value) if node.value is not None else None)
            case cst.StarredElement():
                return ir.Starred(self.expr(node.value))
            case _:
                # Anything not modelled keeps no meaning but is never dropped silently:
                # its calls would be lost, so such nodes are listed in SPEC additions.
                return self.opaque(node, [])

    def fstring(self, node: cst.FormattedString) -> ir.Expr:
        """An f-string as its pieces: text, and each `{expr}` (a format spec or `!r` is left out)."""
        parts: list[ir.Expr] = []
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                text = _fstring_text(part.value, node.prefix)
                if text is None:
                    return self.opaque(node, [p.expression for p in node.parts
                                              if isinstance(p, cst.FormattedStringExpression)])
                parts.append(self.ctx.const_node(text))
            elif isinstance(part, cst.FormattedStringExpression):
                spec_free = part.format_spec is None and part.conversion is None
                inner = self.expr(part.expression)
                parts.append(inner if spec_free else ir.Opaque((inner,), self.ctx.code(part)[:80]))
        return ir.FString(tuple(parts), self.ctx.code(node)[:80])

    def opaque(self, node: cst.CSTNode, parts: list[cst.BaseExpression]) -> ir.Opaque:
        return ir.Opaque(tuple(self.expr(p) for p in parts), self.ctx.code(node)[:80])

    def element(self, element: cst.BaseElement) -> ir.Expr:
        if isinstance(element, cst.StarredElement):
            return ir.Starred(self.expr(element.value))
        return self.expr(element.value)

    def call(self, node: cst.Call) -> ir.Call:
        args = []
        for arg in node.args:
            star = {"": 0, "*": 1, "**": 2}.get(arg.star, 0) if isinstance(arg.star, str) else 0
            keyword = arg.keyword.value if arg.keyword is not None else None
            args.append(self.ctx.arg_node(self.expr(arg.value), keyword, star))
        text = dotted(node.func) or self.ctx.code(node.func)
        return ir.Call(self.expr(node.func), tuple(args), self.ctx.site(), self.ctx.span(node),
                       text[:120])

    def decorated(self, value: ir.Expr, decorators: Sequence[cst.Decorator]) -> ir.Expr:
        """`value` as the decorators above its definition make it (innermost first)."""
        if not decorators:
            return value
        calls = tuple(ir.Call(self.expr(d.decorator), (), self.ctx.site(), self.ctx.span(d),
                              (dotted(d.decorator) or self.ctx.code(d.decorator))[:120]) for d in reversed(decorators))
        return ir.Decorate(value, calls)

    def iterable(self, node: cst.BaseExpression) -> ir.Iter:
        """What a `for` or a comprehension iterates over, as it takes an iterator from it."""
        return ir.Iter(self.expr(node), self.ctx.site(), self.ctx.span(node), self.ctx.code(node)[:120])

    def generators(self, comp_for: cst.CompFor) -> tuple[ir.Generator, ...]:
        gens: list[ir.Generator] = []
        current: cst.CompFor | None = comp_for
        while current is not None:
            gens.append(ir.Generator(
                self.target(current.target), self.iterable(current.iter),
                tuple(self.expr(cond.test) for cond in current.ifs),
                tuple(self.ctx.code(cond.test) for cond in current.ifs),
                self.ctx.code(current.iter)))
            current = current.inner_for_in
        return tuple(gens)

    def target(self, node: cst.BaseExpression) -> ir.Target:
        match node:
            case cst.Name():
                return self.ctx.target_node(node.value, self.scope_of(node.value))
            case cst.Attribute():
                return ir.AttrT(self.expr(node.value), node.attr.value)
            case cst.Subscript():
                first = node.slice[0].slice if node.slice else None
                index = self.expr(first.value) if isinstance(first, cst.Index) else ir.Const(None)
                return ir.SubscriptT(self.expr(node.value), index)
            case cst.Tuple() | cst.List():
                return ir.TupleT(tuple(self.target(e.value) if not isinstance(e, cst.StarredElement)
                                       else ir.StarT(self.target(e.value)) for e in node.elements))
            case cst.StarredElement():
                return ir.StarT(self.target(node.value))
            case _:
                return ir.NameT("$discard", ir.Scope.LOCAL)

    # -- nested functions ----------------------------------------------------------
    def enclosing_qualname(self) -> str:
        for scope in reversed(self.scopes):
            if scope is not None:
                return scope.qualname
        return self.ctx.name

    def lambda_(self, node: cst.Lambda) -> str:
        from wakecheck.analysis.cfg_builder import build_lambda

        span = self.ctx.span(node)
        qualname = self.ctx.unique(f"{self.enclosing_qualname()}.<lambda:{span.line}>")
        scope = function_scope(qualname, node.params, node.body)
        fn = build_lambda(self.ctx, self.scopes + [scope], qualname, node, span)
        self.ctx.functions.append(fn)
        return qualname


# ---------------------------------------------------------------------------
# Module level


class ModuleLowerer(ExprLowerer):
    """Walks module and class bodies; function bodies are handed to the CFG builder."""

    def __init__(self, ctx: ModuleContext) -> None:
        super().__init__(ctx, [None])
        self.bindings: dict[str, list[ir.Binding]] = {}

    def lower(self, module: cst.Module) -> ir.ModuleIR:
        self.statements(module.body, prefix=self.ctx.name)
        return ir.ModuleIR(
            name=self.ctx.name, path=self.ctx.path, is_package=self.ctx.is_package,
            functions=tuple(self.ctx.functions), classes=tuple(self.ctx.classes),
            globals=tuple((k, tuple(v)) for k, v in self.bindings.items()))

    def bind(self, name: str, binding: ir.Binding) -> None:
        self.bindings.setdefault(name, []).append(binding)

    def statements(self, body: object, prefix: str) -> None:
        for stmt in body:  # type: ignore[attr-defined]
            self.statement(stmt, prefix)

    def statement(self, stmt: cst.CSTNode, prefix: str) -> None:
        match stmt:
            case cst.FunctionDef():
                qualname = self.function(stmt, prefix, None)
                value = self.decorated(ir.FuncRef(qualname), stmt.decorators)
                self.bind(stmt.name.value, ir.Binding(ir.BindingKind.FUNCTION, qualname,
                                                      value=value if isinstance(value, ir.Decorate) else None))
            case cst.ClassDef():
                qualname = self.class_(stmt, prefix)
                # A class's decorators are kept for the library models (`@app.cls()` makes a Modal class).
                decorators = self.decorated(ir.Const(qualname), stmt.decorators) if stmt.decorators else None
                self.bind(stmt.name.value, ir.Binding(ir.BindingKind.CLASS, qualname, value=decorators))
            case cst.SimpleStatementLine():
                for small in stmt.body:
                    self.small(small)
            case cst.If() | cst.Try() | cst.TryStar() | cst.With() | cst.For() | cst.While():
                # Definitions under `if TYPE_CHECKING:`, `try: import x` and friends
                # are all bindings the name may have.
                for block in _sub_blocks(stmt):
                    self.statements(block, prefix)
            case _:
                pass

    def small(self, small: cst.BaseSmallStatement) -> None:
        match small:
            case cst.Import():
                for alias in small.names:
                    full = dotted(alias.name) or ""
                    if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                        self.bind(alias.asname.name.value, ir.Binding(ir.BindingKind.IMPORT_MODULE, full))
                    else:
                        head = full.split(".")[0]
                        self.bind(head, ir.Binding(ir.BindingKind.IMPORT_MODULE, head))
            case cst.ImportFrom():
                base = resolve_relative(self.ctx.name, self.ctx.is_package, len(small.relative),
                                        dotted(small.module) if small.module is not None else None)
                if isinstance(small.names, cst.ImportStar):
                    self.bind("*", ir.Binding(ir.BindingKind.IMPORT_FROM, base, "*"))
                    return
                for alias in small.names:
                    member = dotted(alias.name) or ""
                    local = (alias.asname.name.value
                             if alias.asname is not None and isinstance(alias.asname.name, cst.Name)
                             else member)
                    self.bind(local, ir.Binding(ir.BindingKind.IMPORT_FROM, base, member))
            case cst.Assign():
                made = self.tuple_class(small)
                if made is not None:
                    self.bind(made[0], ir.Binding(ir.BindingKind.CLASS, made[1]))
                    return
                value = self.expr(small.value)
                for target in small.targets:
                    self.assign_target(target.target, value)
            case cst.AnnAssign() if small.value is not None:
                self.assign_target(small.target, self.expr(small.value))
            case cst.AugAssign():
                for name in target_names(small.target):
                    self.bind(name, ir.Binding(ir.BindingKind.ASSIGN, value=ir.Opaque((), "augmented")))
            case _:
                pass

    def tuple_class(self, small: cst.Assign) -> tuple[str, str] | None:
        """`Duo = namedtuple("Duo", "left right")` (or `typing.NamedTuple("Duo", [("left", T), ...])`):
        a class with those fields, as if written with a class statement."""
        call = small.value
        if len(small.targets) != 1 or not isinstance(small.targets[0].target, cst.Name) \
                or not isinstance(call, cst.Call) or len(call.args) < 2:
            return None
        if self.imported(dotted(call.func) or "") not in ("collections.namedtuple", "typing.NamedTuple"):
            return None
        name, spec = call.args[0].value, call.args[1].value
        fields = _literal_fields(spec)
        if not isinstance(name, cst.SimpleString) or fields is None or call.args[1].keyword is not None:
            return None
        local = small.targets[0].target.value
        qualname = self.ctx.unique(f"{self.ctx.name}.{local}")
        self.ctx.classes.append(ir.ClassIR(
            qualname=qualname, name=local, module=self.ctx.name, bases=(),
            span=self.ctx.span(small), methods=(), class_attrs=(), fields=fields, self_attrs=(),
            decorators=(), decorated=()))
        return local, qualname

    def imported(self, name: str) -> str | None:
        """The dotted name `name` stands for through this module's imports so far."""
        head, _, rest = name.partition(".")
        for binding in reversed(self.bindings.get(head, [])):
            if binding.kind is ir.BindingKind.IMPORT_MODULE:
                return f"{binding.target}.{rest}" if rest else binding.target
            if binding.kind is ir.BindingKind.IMPORT_FROM:
                full = f"{binding.target}.{binding.member}"
                return f"{full}.{rest}" if rest else full
            return None
        return None

    def assign_target(self, target: cst.BaseExpression, value: ir.Expr) -> None:
        if isinstance(target, cst.Name):
            self.bind(target.value, ir.Binding(ir.BindingKind.ASSIGN, value=value))
        elif isinstance(target, (cst.Tuple, cst.List)):
            items = value.items if isinstance(value, ir.SeqLit) else None
            for i, element in enumerate(target.elements):
                item = (items[i] if items is not None and len(items) == len(target.elements)
                        and not isinstance(element, cst.StarredElement) else ir.Opaque((), "unpacked"))
                self.assign_target(element.value, item)

    def function(self, node: cst.FunctionDef, prefix: str, cls: str | None) -> str:
        from wakecheck.analysis.cfg_builder import build_function

        qualname = self.ctx.unique(f"{prefix}.{node.name.value}")
        scope = function_scope(qualname, node.params, node.body)
        fn = build_function(self.ctx, [None, scope], qualname, node, cls)
        self.ctx.functions.append(fn)
        return qualname

    def class_(self, node: cst.ClassDef, prefix: str) -> str:
        qualname = self.ctx.unique(f"{prefix}.{node.name.value}")
        methods: dict[str, str] = {}
        decorated: dict[str, ir.Expr] = {}
        class_attrs: list[tuple[str, ir.Expr]] = []
        fields: list[str] = []
        # In a module-level class's body, a name the body bound before is the class's attribute
        # (`desk = Holder(client)` after `client = Client()`), not a global.
        owner = ir.Name(node.name.value, ir.Scope.GLOBAL) if prefix == self.ctx.name else None
        for stmt in _class_statements(node.body.body):
            if isinstance(stmt, cst.FunctionDef):
                accessor = _accessor_of(stmt)
                if accessor is not None and stmt.name.value in methods:
                    # `@box.setter`: the property's getter stays what `box` reads; the setter runs on a store.
                    made = self.function(stmt, qualname, qualname)
                    if accessor == "setter":
                        methods[f"{stmt.name.value}.setter"] = made
                    continue
                methods[stmt.name.value] = self.function(stmt, qualname, qualname)
                applied = [d for d in stmt.decorators if not _descriptor_decorator(d)]
                if applied:
                    decorated[stmt.name.value] = self.decorated(ir.FuncRef(methods[stmt.name.value]), applied)
                else:
                    decorated.pop(stmt.name.value, None)
            elif isinstance(stmt, cst.ClassDef):
                class_attrs.append((stmt.name.value, ir.Name(self.class_(stmt, qualname), ir.Scope.GLOBAL)))
            elif isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    bound = frozenset((*methods, *(name for name, _ in class_attrs))) if owner else frozenset()
                    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                        fields.append(small.target.value)
                        if small.value is not None:
                            class_attrs.append((small.target.value,
                                                class_scoped(self.expr(small.value), owner, bound)))
                    elif isinstance(small, cst.Assign):
                        value = class_scoped(self.expr(small.value), owner, bound)
                        for target in small.targets:
                            for name in target_names(target.target):
                                class_attrs.append((name, value))
        self_attrs = [
            (attr, fn.qualname, value)
            for fn in self.ctx.functions if fn.class_qualname == qualname
            for attr, value in _self_stores(fn)
        ]
        self.ctx.classes.append(ir.ClassIR(
            qualname=qualname, name=node.name.value, module=self.ctx.name,
            bases=tuple(self.expr(b.value) for b in node.bases if b.keyword is None),
            span=self.ctx.span(node), methods=tuple(methods.items()),
            class_attrs=tuple(class_attrs), fields=tuple(fields), self_attrs=tuple(self_attrs),
            decorators=tuple(dotted(d.decorator) or self.ctx.code(d.decorator) for d in node.decorators),
            decorated=tuple(decorated.items()),
            metaclass=next((self.expr(k.value) for k in node.keywords
                            if k.keyword is not None and k.keyword.value == "metaclass"), None),
            keywords=tuple((k.keyword.value, self.expr(k.value)) for k in node.keywords
                           if k.keyword is not None and k.keyword.value != "metaclass")))
        return qualname


def _accessor_of(node: cst.FunctionDef) -> str | None:
    """`setter` or `deleter` for `@name.setter` / `@name.deleter` on a method `name`, else None."""
    for d in node.decorators:
        dec = d.decorator
        if isinstance(dec, cst.Attribute) and isinstance(dec.value, cst.Name) and \
                dec.value.value == node.name.value and dec.attr.value in ("setter", "deleter"):
            return dec.attr.value
    return None


def class_scoped(expr: ir.Expr, owner: ir.Expr | None, names: frozenset[str]) -> ir.Expr:
    """`expr` of a class body with each global name in `names` read from the class (`owner`).
    Comprehensions and lambdas are left alone: their scopes do not see the class's names."""
    if owner is None or not names:
        return expr
    if isinstance(expr, ir.Name):
        return ir.Attr(owner, expr.id, expr.id) if expr.scope is not ir.Scope.FREE and expr.id in names else expr
    if isinstance(expr, (ir.Comp, ir.FuncRef)) or not dataclasses.is_dataclass(expr):
        return expr
    changes: dict[str, object] = {}
    for f in dataclasses.fields(expr):
        old = getattr(expr, f.name)
        if isinstance(old, tuple):
            new: object = tuple(_class_scoped_item(x, owner, names) for x in old)
            if all(a is b for a, b in zip(new, old)):  # type: ignore[call-overload]
                continue
        else:
            new = _class_scoped_item(old, owner, names)
            if new is old:
                continue
        changes[f.name] = new
    return dataclasses.replace(expr, **changes) if changes else expr  # type: ignore[arg-type]


def _class_scoped_item(item: object, owner: ir.Expr, names: frozenset[str]) -> object:
    """An expression, a `(key, value)` pair or anything else found in an expression's field."""
    if isinstance(item, tuple):
        out = tuple(_class_scoped_item(x, owner, names) for x in item)
        return item if all(a is b for a, b in zip(out, item)) else out
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return class_scoped(item, owner, names)  # type: ignore[arg-type]
    return item


def _literal_fields(spec: cst.BaseExpression) -> tuple[str, ...] | None:
    """The field names of a named tuple's literal spec: `"a b"`, `"a, b"`, `["a", "b"]`, `[("a", int)]`."""
    if isinstance(spec, cst.SimpleString):
        text = spec.evaluated_value
        return tuple(text.replace(",", " ").split()) if isinstance(text, str) else None
    if not isinstance(spec, (cst.List, cst.Tuple)):
        return None
    names: list[str] = []
    for element in spec.elements:
        item = element.value
        if isinstance(item, cst.Tuple) and item.elements:
            item = item.elements[0].value
        if not isinstance(item, cst.SimpleString) or not isinstance(item.evaluated_value, str):
            return None
        names.append(item.evaluated_value)
    return tuple(names)


def _sub_blocks(stmt: cst.CSTNode) -> list[object]:
    """Statement lists directly under a compound statement (not entering functions)."""
    blocks: list[object] = []
    for child in stmt.children:
        if isinstance(child, cst.IndentedBlock):
            blocks.append(child.body)
        elif isinstance(child, (cst.Else, cst.Finally, cst.ExceptHandler, cst.ExceptStarHandler)):
            blocks.append(child.body.body)
        elif isinstance(child, cst.If):
            blocks.extend(_sub_blocks(child))
        elif isinstance(child, cst.Else):
            blocks.append(child.body.body)
    return blocks


def _class_statements(body: object) -> list[cst.CSTNode]:
    """Class-body statements, looking through `if`/`try` blocks (conditional definitions)."""
    out: list[cst.CSTNode] = []
    for stmt in body:  # type: ignore[attr-defined]
        if isinstance(stmt, (cst.If, cst.Try)):
            for block in _sub_blocks(stmt):
                out.extend(_class_statements(block))
        else:
            out.append(stmt)
    return out


def _self_stores(fn: ir.FunctionIR) -> list[tuple[str, ir.Expr]]:
    """`self.attr = value` stores in a method, for flow-insensitive attribute facts."""
    if fn.kind not in (ir.FuncKind.METHOD, ir.FuncKind.PROPERTY) or not fn.params:
        return []
    self_name = fn.params[0].name
    stores: list[tuple[str, ir.Expr]] = []
    for block in fn.blocks:
        for op in block.ops:
            if isinstance(op, ir.Assign):
                for target in op.targets:
                    if (isinstance(target, ir.AttrT) and isinstance(target.base, ir.Name)
                            and target.base.id == self_name):
                        stores.append((target.attr, op.value))
    return stores


def lower_module(module: cst.Module, name: str, path: str, is_package: bool,
                 positions: Positions) -> ir.ModuleIR:
    """A module's lowered form: its definitions, its top-level code as `<module>`, its writer index."""
    from wakecheck.analysis.module_body import build_body
    from wakecheck.analysis.writes import writes_of

    ctx = ModuleContext(name=name, path=path, is_package=is_package, positions=positions)
    lowered = build_body(module, ModuleLowerer(ctx).lower(module), positions)
    return dataclasses.replace(lowered, writes=writes_of(lowered))


# Decorators that make a method a descriptor the lowering already knows by its kind
# (FunctionIR.kind), or that change nothing at run time: not applied as calls.
_DESCRIPTORS = frozenset({"property", "cached_property", "staticmethod", "classmethod", "abstractmethod",
                          "overload", "override", "setter", "getter", "deleter", "abstractproperty", "final"})


def _descriptor_decorator(decorator: cst.Decorator) -> bool:
    name = dotted(decorator.decorator)
    return name is not None and name.rsplit(".", 1)[-1] in _DESCRIPTORS


def _fstring_text(text: str, prefix: str) -> str | None:
    """The value of an f-string's literal piece (braces doubled, escapes), or None if unsure."""
    raw = "r" in prefix.lower()
    text = text.replace("{{", "{").replace("}}", "}")
    if raw or "\\" not in text:
        return text
    try:
        value = _literal('"""' + text + '"""') if '"""' not in text else None
    except (SyntaxError, ValueError):
        return None
    return value if isinstance(value, str) else None
